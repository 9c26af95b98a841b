package id.satudata.hub.it.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.RunningHub;
import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub that keeps its datasets' schemas in another Confluent-compatible registry ({@code hub.registry.url}), here
 * a second hub's: the dataset's subjects live there, and a version registered there is followed at the next start.
 */
class RemoteRegistryOnH2IT {

    private static final String DATASET = "penduduk-miskin-jabar";
    private static final String VALUE_SUBJECT = "satudata." + DATASET + "-value";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path registryData;

    @TempDir
    Path registryConfig;

    @TempDir
    Path hubData;

    @Test
    void shouldKeepTheDatasetsSchemasInTheRemoteRegistryAndFollowItsNewVersions() throws IOException {
        try (RunningHub registryHub = RunningHub.start(registryData, registryConfig, HubDatabase.embeddedH2())) {
            List<String> remote =
                    List.of("--hub.registry.url=" + registryHub.api().baseUrl() + "/registry");
            try (RunningHub hub = RunningHub.start(hubData, TestPaths.repoConfig(), HubDatabase.embeddedH2(), remote)) {
                assertThat(registryHub.api().getOk("/registry/subjects"))
                        .extracting(JsonNode::asText)
                        .contains(VALUE_SUBJECT, "satudata." + DATASET + "-key");
                assertThat(hub.api().get("/registry/subjects").body()).isEmpty();
                assertThat(hub.api()
                                .getOk("/api/v1/datasets/" + DATASET + "/schemas")
                                .path("versions"))
                        .hasSize(1);
            }
            ObjectNode v2 = (ObjectNode) JSON.readTree(TestPaths.repoConfig()
                    .resolve("datasets/" + DATASET + ".avsc")
                    .toFile());
            ((ArrayNode) v2.get("fields"))
                    .addObject()
                    .put("name", "sumber_data")
                    .put("type", "string")
                    .put("default", "BPS");
            var registered = registryHub
                    .api()
                    .post(
                            "/registry/subjects/" + VALUE_SUBJECT + "/versions",
                            "application/vnd.schemaregistry.v1+json",
                            JSON.createObjectNode().put("schema", v2.toString()).toString());
            assertThat(registered.status()).isEqualTo(200);

            try (RunningHub hub = RunningHub.start(hubData, TestPaths.repoConfig(), HubDatabase.embeddedH2(), remote)) {
                assertThat(hub.api().dataset(DATASET).path("schema_version").asInt())
                        .isEqualTo(2);
                assertThat(hub.api().pipeline(DATASET + "-csv").path("state").asText())
                        .isEqualTo("RUNNING");
            }
        }
    }
}
