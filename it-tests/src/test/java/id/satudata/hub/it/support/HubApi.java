package id.satudata.hub.it.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The hub's HTTP API as a client sees it: plain requests, JSON bodies read with Jackson. */
public final class HubApi {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STATE_TIMEOUT = Duration.ofSeconds(30);
    private static final int PAGE_SIZE = 100;
    /** Pipeline states in which a dropped file will never be ingested. */
    private static final Set<String> NOT_RUNNING = Set.of("INVALID", "FAILED", "STOPPED");

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    HubApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An answer: its status, its body read as JSON ({@code null} when empty) and its headers. */
    public record Response(int status, JsonNode body, HttpHeaders headers) {

        /** The first value of a header, or {@code null}. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The {@code Location} header, or {@code null}. */
        public String location() {
            return header("Location");
        }
    }

    /** {@code http://localhost:<port>}: where clients other than this one reach the hub. */
    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    /** A request with a JSON body in the given content type, such as the registry's. */
    public Response post(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    public Response send(String method, String path, String contentType, String body) {
        Map<String, String> headers = contentType == null ? Map.of() : Map.of("Content-Type", contentType);
        return request(method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** A request with these headers and a body of raw bytes, or none. */
    public Response request(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Response(response.statusCode(), text.isEmpty() ? null : json.readTree(text), response.headers());
        } catch (IOException failure) {
            throw new IllegalStateException(method + " " + path + " failed", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", interrupted);
        }
    }

    /** The body of a 200 answer; any other status fails the test with the answer's body. */
    public JsonNode getOk(String path) {
        Response response = get(path);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    public JsonNode dataset(String id) {
        return getOk("/api/v1/datasets/" + id);
    }

    public JsonNode record(String datasetId, String key) {
        return getOk("/api/v1/datasets/" + datasetId + "/records/" + key);
    }

    /** Every record of the dataset, following the {@code next} cursor from page to page. */
    public List<JsonNode> allRecords(String datasetId) {
        List<JsonNode> records = new ArrayList<>();
        String next = null;
        do {
            String cursor = next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
            JsonNode page = getOk("/api/v1/datasets/" + datasetId + "/records?limit=" + PAGE_SIZE + cursor);
            page.get("records").forEach(records::add);
            next = page.path("next").isTextual() ? page.get("next").asText() : null;
        } while (next != null);
        return records;
    }

    /** The quarantine entries filed by one run (at most 1000). */
    public List<JsonNode> quarantineOfRun(String datasetId, long runId) {
        JsonNode page = getOk("/api/v1/datasets/" + datasetId + "/quarantine?limit=1000&run=" + runId);
        List<JsonNode> entries = new ArrayList<>();
        page.get("entries").forEach(entries::add);
        return entries;
    }

    public JsonNode pipeline(String id) {
        return getOk("/api/v1/pipelines/" + id);
    }

    /** The pipeline once it is in {@code state}, e.g. {@code FAILED}, waiting for it up to 30 seconds. */
    public JsonNode awaitPipelineState(String pipelineId, String state) {
        return awaitPipeline(
                pipelineId,
                state,
                pipeline -> state.equals(pipeline.path("state").asText()));
    }

    /** The pipeline once {@code condition} holds for it, waiting for that up to 30 seconds. */
    public JsonNode awaitPipeline(String pipelineId, String awaited, Predicate<JsonNode> condition) {
        return await(pipelineId + ": " + awaited).atMost(STATE_TIMEOUT).until(() -> pipeline(pipelineId), condition);
    }

    /** The pipeline's runs, newest first. */
    public List<PipelineRun> runs(String pipelineId) {
        return runs(pipeline(pipelineId));
    }

    /** The id of the pipeline's newest run, 0 when it has none: pass it to {@link #awaitRunAfter}. */
    public long lastRunId(String pipelineId) {
        List<PipelineRun> runs = runs(pipelineId);
        return runs.isEmpty() ? 0 : runs.get(0).id();
    }

    /**
     * Waits for the one run the pipeline starts after run {@code previousRunId} to finish, and returns it; gives up
     * at once when the pipeline is in a state where it runs nothing.
     */
    public PipelineRun awaitRunAfter(String pipelineId, long previousRunId) {
        List<PipelineRun> newRuns = await("a finished run of " + pipelineId + " after run " + previousRunId)
                .atMost(RUN_TIMEOUT)
                .until(
                        () -> runsAfter(pipelineId, previousRunId),
                        runs -> !runs.isEmpty() && runs.stream().allMatch(PipelineRun::finished));
        if (newRuns.size() != 1) {
            throw new AssertionError("Expected one new run of " + pipelineId + " but got " + newRuns);
        }
        return newRuns.get(0);
    }

    private List<PipelineRun> runsAfter(String pipelineId, long previousRunId) {
        JsonNode pipeline = pipeline(pipelineId);
        String state = pipeline.path("state").asText();
        if (NOT_RUNNING.contains(state)) {
            throw new IllegalStateException("Pipeline " + pipelineId + " is " + state + ": "
                    + pipeline.path("message").asText());
        }
        return runs(pipeline).stream().filter(run -> run.id() > previousRunId).toList();
    }

    private List<PipelineRun> runs(JsonNode pipeline) {
        try {
            return Arrays.asList(json.treeToValue(pipeline.get("runs"), PipelineRun[].class));
        } catch (IOException notRuns) {
            throw new AssertionError("Pipeline " + pipeline.path("id") + " lists runs that are not runs", notRuns);
        }
    }
}
