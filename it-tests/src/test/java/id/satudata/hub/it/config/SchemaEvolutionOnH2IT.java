package id.satudata.hub.it.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.satudata.hub.it.file.JabarPovertyFile;
import id.satudata.hub.it.support.HubApi;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.RunningHub;
import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset evolves with its schema: through its declaration between two starts, or through the registry while
 * the hub runs. A compatible version alters the table and conform follows it; an incompatible one changes nothing
 * and says why.
 */
class SchemaEvolutionOnH2IT {

    private static final String DATASET = "penduduk-miskin-jabar";
    private static final String PIPELINE = "penduduk-miskin-jabar-csv";
    private static final String VALUE_SUBJECT = "/registry/subjects/satudata." + DATASET + "-value/versions";
    private static final String REGISTRY_JSON = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path configDir;

    @Test
    void shouldFollowACompatibleDeclaredSchemaAndRefuseAnIncompatibleOne() throws IOException {
        copyDeclarations();
        try (RunningHub first = RunningHub.start(dataDir, configDir, HubDatabase.embeddedH2())) {
            first.api().awaitRunAfter(PIPELINE, dropRealFile(first));
        }
        declare(withField(declaredSchema(), "sumber", "BPS Provinsi Jawa Barat"));

        try (RunningHub second = RunningHub.start(dataDir, configDir, HubDatabase.embeddedH2())) {
            HubApi api = second.api();
            assertThat(api.pipeline(PIPELINE).path("state").asText()).isEqualTo("RUNNING");
            assertThat(api.dataset(DATASET).path("schema_version").asInt()).isEqualTo(2);
            assertThat(api.record(DATASET, "3201:2002").path("sumber").asText()).isEqualTo("BPS Provinsi Jawa Barat");
            JsonNode history = api.getOk("/api/v1/datasets/" + DATASET + "/schemas");
            assertThat(history.path("versions")).hasSize(2);
            assertThat(history.path("current_version").asInt()).isEqualTo(2);
            JsonNode diff = api.getOk("/api/v1/datasets/" + DATASET + "/schemas/diff?from=1&to=2");
            assertThat(diff.path("changes")).singleElement().satisfies(change -> {
                assertThat(change.path("field").asText()).isEqualTo("sumber");
                assertThat(change.path("kind").asText()).isEqualTo("added");
                assertThat(change.path("after").path("default_value").asText()).isEqualTo("BPS Provinsi Jawa Barat");
            });
        }
        ObjectNode incompatible = declaredSchema();
        fields(incompatible).addObject().put("name", "catatan").put("type", "string");
        declare(incompatible);

        try (RunningHub third = RunningHub.start(dataDir, configDir, HubDatabase.embeddedH2())) {
            HubApi api = third.api();
            JsonNode pipeline = api.pipeline(PIPELINE);
            assertThat(pipeline.path("state").asText()).isEqualTo("FAILED");
            assertThat(pipeline.path("message").asText())
                    .contains("dataset '" + DATASET + "' cannot be registered")
                    .contains("catatan");
            assertThat(api.get("/actuator/health").status()).isEqualTo(503);
            assertThat(api.dataset(DATASET).path("schema_version").asInt()).isEqualTo(2);
            assertThat(api.dataset(DATASET).path("counts").path("records").asLong())
                    .isEqualTo(JabarPovertyFile.ROWS);
        }
    }

    @Test
    void shouldEvolveWhileRunningWhenAnAdminRegistersANewVersion() throws IOException {
        copyDeclarations();
        try (RunningHub hub = RunningHub.start(dataDir, configDir, HubDatabase.embeddedH2())) {
            HubApi api = hub.api();
            long firstRun = dropRealFile(hub);
            api.awaitRunAfter(PIPELINE, firstRun);

            HubApi.Response registered = api.post(
                    VALUE_SUBJECT, REGISTRY_JSON, registration(withField(declaredSchema(), "sumber_data", "BPS")));

            assertThat(registered.status()).isEqualTo(200);
            assertThat(api.dataset(DATASET).path("schema_version").asInt()).isEqualTo(2);
            assertThat(api.record(DATASET, "3201:2002").path("sumber_data").asText())
                    .isEqualTo("BPS");

            long before = api.lastRunId(PIPELINE);
            hub.files(PIPELINE).drop(oneRow("3201,2021,456.7"), "miskin-2021.csv");
            assertThat(api.awaitRunAfter(PIPELINE, before).status()).isEqualTo("SUCCEEDED");
            JsonNode fresh = api.record(DATASET, "3201:2021");
            assertThat(fresh.path("sumber_data").asText()).isEqualTo("BPS");
            assertThat(fresh.path("jumlah_penduduk_miskin").asLong()).isEqualTo(456_700L);

            ObjectNode keyRetyped = withField(declaredSchema(), "sumber_data", "BPS");
            ((ObjectNode) fields(keyRetyped).get(4)).put("type", "long");
            HubApi.Response unstorable = api.post(VALUE_SUBJECT, REGISTRY_JSON, registration(keyRetyped));
            assertThat(unstorable.status()).isEqualTo(422);
            assertThat(unstorable.body().path("error_code").asInt()).isEqualTo(42201);
            assertThat(unstorable.body().path("message").asText()).contains("key field 'tahun' cannot change its type");

            ObjectNode incompatible = declaredSchema();
            fields(incompatible).addObject().put("name", "catatan").put("type", "string");
            HubApi.Response refused = api.post(VALUE_SUBJECT, REGISTRY_JSON, registration(incompatible));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().path("error_code").asInt()).isEqualTo(40901);
            assertThat(api.getOk(VALUE_SUBJECT)).hasSize(2);
            assertThat(api.dataset(DATASET).path("schema_version").asInt()).isEqualTo(2);
        }
    }

    private long dropRealFile(RunningHub hub) {
        long before = hub.api().lastRunId(PIPELINE);
        try {
            hub.files(PIPELINE).drop(Files.readAllBytes(JabarPovertyFile.path()), "miskin.csv");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return before;
    }

    /** A file in the real file's layout with one row of regency code, year and thousands of people. */
    private static byte[] oneRow(String codeYearThousands) throws IOException {
        List<String> lines = Files.readAllLines(JabarPovertyFile.path(), StandardCharsets.UTF_8);
        String header = lines.get(0);
        String[] template = lines.get(1).split(",", -1);
        String[] values = codeYearThousands.split(",");
        List<String> columns = List.of(header.split(","));
        template[columns.indexOf("kode_kabupaten_kota")] = values[0];
        template[columns.indexOf("tahun")] = values[1];
        template[columns.indexOf("jumlah_penduduk_miskin")] = values[2];
        return (header + "\n" + String.join(",", template) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private ObjectNode declaredSchema() throws IOException {
        return (ObjectNode) JSON.readTree(
                configDir.resolve("datasets/penduduk-miskin-jabar.avsc").toFile());
    }

    private void declare(ObjectNode schema) throws IOException {
        Files.writeString(configDir.resolve("datasets/penduduk-miskin-jabar.avsc"), schema.toPrettyString());
    }

    private static ObjectNode withField(ObjectNode schema, String name, String defaultValue) {
        fields(schema).addObject().put("name", name).put("type", "string").put("default", defaultValue);
        return schema;
    }

    private static ArrayNode fields(ObjectNode schema) {
        return (ArrayNode) schema.get("fields");
    }

    private static String registration(ObjectNode schema) {
        return JSON.createObjectNode().put("schema", schema.toString()).toString();
    }

    private void copyDeclarations() throws IOException {
        Files.createDirectories(configDir.resolve("datasets"));
        Files.createDirectories(configDir.resolve("pipelines"));
        for (String file : new String[] {
            "datasets/penduduk-miskin-jabar.yaml",
            "datasets/penduduk-miskin-jabar.avsc",
            "pipelines/penduduk-miskin-jabar-csv.yaml"
        }) {
            Files.copy(
                    TestPaths.repoConfig().resolve(file), configDir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
