package id.satudata.hub.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.file.JabarPovertyFile;
import id.satudata.hub.it.file.PovertyRecord;
import id.satudata.hub.it.support.HubApi;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The push API, black box: an agency's system posts rows of the real Open Data Jabar poverty file to a dataset with
 * a push pipeline, as JSON, JSON Lines or CSV, and learns at once what became of each. Each test pushes the rows of
 * its own years, so that the tests do not depend on each other's order.
 */
public abstract class PushApiContract extends RunningHubTest {

    static final String DATASET = "penduduk-miskin-jabar";
    static final String PIPELINE = "penduduk-miskin-jabar-push";
    static final String RECORDS = "/api/v1/datasets/" + DATASET + "/records";
    static final int MAX_BODY_SIZE = 64 * 1024;

    private static final String PUSH_PIPELINE =
            """
            id: penduduk-miskin-jabar-push
            dataset: penduduk-miskin-jabar
            source:
              kind: push
              max-body-size: 64KB
            mapping:
              kode_provinsi: { source: kode_provinsi, parse: { code: true } }
              nama_provinsi: { source: nama_provinsi, transforms: [collapse-spaces] }
              kode_kabupaten_kota: { source: kode_kabupaten_kota, parse: { code: true } }
              nama_kabupaten_kota: { source: nama_kabupaten_kota, transforms: [collapse-spaces] }
              tahun: tahun
              jumlah_penduduk_miskin: { source: jumlah_penduduk_miskin, transforms: [{ scale: 1000 }] }
            """;

    /** The repository's dataset with the push pipeline above, and a second dataset that takes no pushes. */
    @Override
    protected Path configDir(Path dataDir) {
        try {
            Path config = dataDir.resolve("config");
            Path datasets = Files.createDirectories(config.resolve("datasets"));
            Files.createDirectories(config.resolve("pipelines"));
            Path declared = TestPaths.repoConfig().resolve("datasets");
            Files.copy(declared.resolve(DATASET + ".avsc"), datasets.resolve(DATASET + ".avsc"));
            String dataset = Files.readString(declared.resolve(DATASET + ".yaml"));
            Files.writeString(datasets.resolve(DATASET + ".yaml"), dataset);
            Files.writeString(
                    datasets.resolve("arsip.yaml"), dataset.replace("id: " + DATASET, "id: " + DATASET + "-arsip"));
            Files.writeString(config.resolve("pipelines/" + PIPELINE + ".yaml"), PUSH_PIPELINE);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldStoreAJsonArrayAndFindItUnchangedWhenPushedAgain() {
        PovertyRows rows = PovertyRows.ofYears(2002, 2002);
        byte[] body = PovertyRows.jsonArray(rows.objects());

        JsonNode first = pushOk("application/json", body);
        JsonNode again = pushOk("application/json", body);

        assertCounts(first, rows.size(), rows.size(), 0, 0);
        assertCounts(again, rows.size(), 0, rows.size(), 0);
        PovertyRecord bogor = expected("3201:2002");
        assertThat(api().record(DATASET, "3201:2002")
                        .path("jumlah_penduduk_miskin")
                        .asLong())
                .isEqualTo(bogor.jumlahPendudukMiskin());
        assertThat(api().runs(PIPELINE))
                .filteredOn(run -> run.id() == first.path("run").asLong())
                .singleElement()
                .satisfies(run -> {
                    assertThat(run.status()).isEqualTo("SUCCEEDED");
                    assertThat(run.counts().read()).isEqualTo(rows.size());
                    assertThat(run.counts().stored()).isEqualTo(rows.size());
                    assertThat(run.counts().reconcile()).isTrue();
                });
    }

    @Test
    void shouldStoreJsonLines() {
        PovertyRows rows = PovertyRows.ofYears(2003, 2003);

        JsonNode pushed = pushOk("application/x-ndjson", PovertyRows.jsonLines(rows.objects()));

        assertCounts(pushed, rows.size(), rows.size(), 0, 0);
        assertThat(api().record(DATASET, "3273:2003")
                        .path("nama_kabupaten_kota")
                        .asText())
                .isEqualTo(expected("3273:2003").namaKabupatenKota());
    }

    @Test
    void shouldStoreTheFilesOwnCsvLinesAndFindThemUnchangedWhenPushedAgain() {
        PovertyRows rows = PovertyRows.ofYears(2010, 2020);

        JsonNode first = pushOk("text/csv; charset=UTF-8", rows.csv());
        JsonNode again = pushOk("text/csv", rows.csv());

        assertCounts(first, rows.size(), rows.size(), 0, 0);
        assertCounts(again, rows.size(), 0, rows.size(), 0);
        assertThat(api().record(DATASET, "3201:2020")
                        .path("jumlah_penduduk_miskin")
                        .asLong())
                .isEqualTo(expected("3201:2020").jumlahPendudukMiskin());
    }

    @Test
    void shouldStoreTheGoodRecordsAndQuarantineAndReturnEachRejection() {
        List<Map<String, Object>> objects = PovertyRows.ofYears(2005, 2005).objects();
        objects.get(1).put("tahun", "dua ribu lima");
        objects.get(3).put("jumlah_penduduk_miskin", "banyak");

        JsonNode pushed = pushOk("application/json", PovertyRows.jsonArray(objects));

        assertCounts(pushed, objects.size(), objects.size() - 2, 0, 2);
        JsonNode rejections = pushed.path("rejections");
        assertThat(rejections).hasSize(2);
        assertThat(rejections.get(0).path("index").asLong()).isEqualTo(2);
        JsonNode year = rejections.get(0).path("fields").get(0);
        assertThat(year.path("field").asText()).isEqualTo("tahun");
        assertThat(year.path("value").asText()).isEqualTo("dua ribu lima");
        assertThat(year.path("rule").asText()).isNotBlank();
        assertThat(year.path("message").asText()).isNotBlank();
        assertThat(rejections.get(1).path("index").asLong()).isEqualTo(4);
        assertThat(rejections.get(1).path("fields").get(0).path("field").asText())
                .isEqualTo("jumlah_penduduk_miskin");
        List<JsonNode> quarantined =
                api().quarantineOfRun(DATASET, pushed.path("run").asLong());
        assertThat(quarantined)
                .extracting(entry -> entry.path("record_index").asLong())
                .containsExactlyInAnyOrder(2L, 4L);
        assertThat(quarantined.toString()).contains("dua ribu lima", "banyak");
    }

    @Test
    void shouldApplyARetriedRequestOnceAndRefuseItsKeyForAnotherBody() {
        List<Map<String, Object>> objects = PovertyRows.ofYears(2006, 2006).objects();
        byte[] body = PovertyRows.jsonArray(objects);
        String key = UUID.randomUUID().toString();

        HubApi.Response first = push("application/json", body, key);
        long changes = changes();
        int runs = api().runs(PIPELINE).size();
        HubApi.Response retry = push("application/json", body, key);
        HubApi.Response reused = push("application/json", PovertyRows.jsonArray(objects.subList(0, 3)), key);

        assertThat(first.status()).isEqualTo(200);
        assertCounts(first.body(), objects.size(), objects.size(), 0, 0);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(changes()).isEqualTo(changes);
        assertThat(api().runs(PIPELINE)).hasSize(runs);
        assertProblem(reused, 422, "idempotency_key_reused");
    }

    @Test
    void shouldApplyTwoRequestsWithTheSameKeyAtOnceOnce() throws Exception {
        List<Map<String, Object>> objects = PovertyRows.ofYears(2019, 2019).objects();
        objects.forEach(object -> object.put("tahun", "2001")); // a year the file lacks: only this test stores it
        byte[] sameBody = PovertyRows.jsonArray(objects);
        String key = UUID.randomUUID().toString();
        long changes = changes();

        ExecutorService twoClients = Executors.newFixedThreadPool(2);
        List<HubApi.Response> answers;
        try {
            List<Future<HubApi.Response>> sent = twoClients.invokeAll(List.of(
                    () -> push("application/json", sameBody, key), () -> push("application/json", sameBody, key)));
            answers = List.of(sent.get(0).get(), sent.get(1).get());
        } finally {
            twoClients.shutdown();
        }

        assertThat(answers).extracting(HubApi.Response::status).containsExactly(200, 200);
        assertThat(answers.get(0).body()).isEqualTo(answers.get(1).body());
        assertCounts(answers.get(0).body(), objects.size(), objects.size(), 0, 0);
        assertThat(answers)
                .filteredOn(answer -> answer.header("Idempotent-Replayed") != null)
                .hasSize(1);
        assertThat(changes()).isEqualTo(changes + objects.size());
    }

    @Test
    void shouldRefuseABodyOverTheLimitWithNothingApplied() {
        byte[] tooLarge = PovertyRows.jsonLines(PovertyRows.ofYears(2002, 2020).objects());
        assertThat(tooLarge.length).isGreaterThan(MAX_BODY_SIZE);
        long changes = changes();

        HubApi.Response refused = push("application/x-ndjson", tooLarge, null);

        assertProblem(refused, 413, "payload_too_large");
        assertThat(refused.body().path("detail").asText()).contains("64KB");
        assertThat(changes()).isEqualTo(changes);
    }

    @Test
    void shouldRefuseAContentTypeItDoesNotReadNamingTheOnesItDoes() {
        HubApi.Response refused = push("application/xml", "<rows/>".getBytes(StandardCharsets.UTF_8), null);

        assertProblem(refused, 415, "unsupported_media_type");
        assertThat(refused.body().path("accepted").toString()).contains("application/json", "text/csv");
    }

    @Test
    void shouldRefuseMalformedJsonWithItsPositionAndApplyNoneOfTheGoodRecordsBeforeIt() {
        String good =
                new String(PovertyRows.jsonArray(PovertyRows.ofYears(2007, 2007).objects()), StandardCharsets.UTF_8);
        byte[] broken = (good.substring(0, good.length() - 1) + ",{\"tahun\": }]").getBytes(StandardCharsets.UTF_8);

        HubApi.Response refused = push("application/json", broken, null);

        assertProblem(refused, 400, "malformed_body");
        assertThat(refused.body().path("detail").asText())
                .contains("line 1, column")
                .contains("nothing");
        assertThat(refused.body().path("record").asLong())
                .isEqualTo(PovertyRows.ofYears(2007, 2007).size());
        assertThat(api().get(RECORDS + "/3201:2007").status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseACsvRowWithMissingValuesWithItsLineAndApplyNothing() {
        PovertyRows rows = PovertyRows.ofYears(2008, 2008);
        String csv = new String(rows.csv(), StandardCharsets.UTF_8);
        String broken = csv.replaceFirst("\r\n([^\r\n]*),RIBU JIWA,2008\r\n\\z", "\r\n$1,2008\r\n");
        assertThat(broken).isNotEqualTo(csv);

        HubApi.Response refused = push("text/csv", broken.getBytes(StandardCharsets.UTF_8), null);

        assertProblem(refused, 400, "malformed_body");
        assertThat(refused.body().path("detail").asText())
                .contains("Record " + rows.size())
                .contains("line " + (rows.size() + 1) + " has 7 values but the header has 8 columns");
        assertThat(api().get(RECORDS + "/3201:2008").status()).isEqualTo(404);
    }

    @Test
    void shouldDeleteAStoredRecordByItsKeyAndAnswer404ForAKeyNotStored() {
        pushOk(
                "application/json",
                PovertyRows.jsonArray(PovertyRows.ofYears(2009, 2009).objects()));
        long changes = changes();

        HubApi.Response deleted = api().request("DELETE", RECORDS + "/3201:2009", Map.of(), null);
        HubApi.Response again = api().request("DELETE", RECORDS + "/3201:2009", Map.of(), null);
        HubApi.Response badKey = api().request("DELETE", RECORDS + "/3201", Map.of(), null);

        assertThat(deleted.status()).isEqualTo(200);
        assertCounts(deleted.body(), 1, 0, 0, 0);
        assertThat(deleted.body().path("deleted").asLong()).isEqualTo(1);
        assertThat(api().get(RECORDS + "/3201:2009").status()).isEqualTo(404);
        assertThat(changes()).isEqualTo(changes + 1);
        JsonNode change = api().getOk("/api/v1/datasets/" + DATASET + "/changes?after=" + changes);
        assertThat(change.toString()).contains("\"op\":\"d\"").contains("3201:2009");
        assertProblem(again, 404, "record_not_found");
        assertProblem(badKey, 404, "record_not_found");
        assertThat(badKey.body().path("detail").asText()).contains("kode_kabupaten_kota, tahun joined with ':'");
    }

    @Test
    void shouldSayHowToEnablePushForADatasetWithoutAPushPipeline() {
        HubApi.Response refused = push(
                "application/json",
                "[]".getBytes(StandardCharsets.UTF_8),
                null,
                "/api/v1/datasets/" + DATASET + "-arsip/records");
        HubApi.Response unknown =
                push("application/json", "[]".getBytes(StandardCharsets.UTF_8), null, "/api/v1/datasets/nope/records");

        assertProblem(refused, 409, "push_not_enabled");
        assertThat(refused.body().path("detail").asText()).contains("kind: push");
        assertProblem(unknown, 404, "dataset_not_found");
    }

    @Test
    void shouldShowThePushPipelineRunningWithItsRuns() {
        pushOk(
                "application/json",
                PovertyRows.jsonArray(PovertyRows.ofYears(2004, 2004).objects()));

        JsonNode pipeline = api().pipeline(PIPELINE);

        assertThat(pipeline.path("state").asText()).isEqualTo("RUNNING");
        assertThat(api().runs(PIPELINE))
                .isNotEmpty()
                .allSatisfy(run -> assertThat(run.counts().reconcile()).isTrue());
        assertThat(api().runs(PIPELINE)).extracting(PipelineRun::sourceRef).contains("push application/json");
    }

    private JsonNode pushOk(String contentType, byte[] body) {
        HubApi.Response response = push(contentType, body, null);
        if (response.status() != 200) {
            throw new AssertionError("push answered " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    private HubApi.Response push(String contentType, byte[] body, String idempotencyKey) {
        return push(contentType, body, idempotencyKey, RECORDS);
    }

    private HubApi.Response push(String contentType, byte[] body, String idempotencyKey, String path) {
        Map<String, String> headers = idempotencyKey == null
                ? Map.of("Content-Type", contentType)
                : Map.of("Content-Type", contentType, "Idempotency-Key", idempotencyKey);
        return api().request("POST", path, headers, body);
    }

    private long changes() {
        return api().dataset(DATASET).path("counts").path("changes").asLong();
    }

    private static PovertyRecord expected(String key) {
        return JabarPovertyFile.expectedRecords().stream()
                .filter(record -> record.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static void assertCounts(JsonNode pushed, long read, long stored, long unchanged, long rejected) {
        assertThat(pushed.path("read").asLong()).as("read in %s", pushed).isEqualTo(read);
        assertThat(pushed.path("stored").asLong()).as("stored in %s", pushed).isEqualTo(stored);
        assertThat(pushed.path("unchanged").asLong())
                .as("unchanged in %s", pushed)
                .isEqualTo(unchanged);
        assertThat(pushed.path("rejected").asLong())
                .as("rejected in %s", pushed)
                .isEqualTo(rejected);
        assertThat(pushed.path("rejections")).as("rejections in %s", pushed).hasSize((int) rejected);
        assertThat(pushed.path("run").asLong()).isPositive();
    }

    private static void assertProblem(HubApi.Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("code").asText()).isEqualTo(code);
    }
}
