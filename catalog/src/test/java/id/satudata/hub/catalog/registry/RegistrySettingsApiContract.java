package id.satudata.hub.catalog.registry;

import static id.satudata.hub.catalog.registry.RegistryHttp.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.json.JsonCompareMode;

/**
 * Compatibility levels, modes (IMPORT included) and the compatibility checks of the Confluent-compatible API; run on
 * each database by a subclass. A test that changes a global setting puts it back before it ends.
 */
abstract class RegistrySettingsApiContract extends RegistryApiTest {

    @Test
    void shouldKeepASubjectsOwnCompatibilityLevel() throws Exception {
        http.get("/config").andExpect(content().json("{\"compatibilityLevel\":\"BACKWARD\"}", JsonCompareMode.STRICT));
        expectError(http.get("/config/level-value"), 404, 40408);
        http.get("/config/level-value")
                .andExpect(jsonPath("$.message")
                        .value("Subject 'level-value' does not have subject-level compatibility configured"));
        http.get("/config/level-value?defaultToGlobal=true")
                .andExpect(jsonPath("$.compatibilityLevel").value("BACKWARD"));
        http.put("/config/level-value", "{\"compatibility\": \"full\"}")
                .andExpect(status().isOk())
                .andExpect(content().json("{\"compatibility\":\"full\"}", JsonCompareMode.STRICT));
        http.get("/config/level-value")
                .andExpect(content().json("{\"compatibilityLevel\":\"FULL\"}", JsonCompareMode.STRICT));
        http.delete("/config/level-value")
                .andExpect(content().json("{\"compatibilityLevel\":\"FULL\"}", JsonCompareMode.STRICT));
        expectError(http.delete("/config/level-value"), 404, 40401);
        expectError(http.put("/config/level-value", "{\"compatibility\": \"SIDEWAYS\"}"), 422, 42203);
        expectError(http.put("/config", "{\"compatibility\": \"SIDEWAYS\"}"), 422, 42203);
    }

    @Test
    void shouldLetSubjectsWithoutTheirOwnLevelFollowTheGlobalOne() throws Exception {
        http.register("ikut-global-value", RegistrySchemas.KABUPATEN);
        String incompatible = http.schema(RegistrySchemas.KABUPATEN_REQUIRING_NAME);
        try {
            http.put("/config", "{\"compatibility\": \"NONE\"}")
                    .andExpect(content().json("{\"compatibility\":\"NONE\"}"));
            http.get("/config").andExpect(jsonPath("$.compatibilityLevel").value("NONE"));
            http.post("/subjects/ikut-global-value/versions", incompatible).andExpect(status().isOk());
        } finally {
            http.delete("/config")
                    .andExpect(content().json("{\"compatibilityLevel\":\"NONE\"}", JsonCompareMode.STRICT));
        }
        http.get("/config").andExpect(jsonPath("$.compatibilityLevel").value("BACKWARD"));
    }

    @Test
    void shouldCheckTransitiveLevelsAgainstEveryLiveVersion() throws Exception {
        for (String subject : new String[] {"plain-value", "transitive-value"}) {
            http.register(subject, RegistrySchemas.KABUPATEN);
            http.register(subject, RegistrySchemas.KABUPATEN_WITH_NAME);
        }
        http.put("/config/transitive-value", "{\"compatibility\": \"BACKWARD_TRANSITIVE\"}");
        String third = http.schema(RegistrySchemas.KABUPATEN_REQUIRING_NAME);
        http.post("/subjects/plain-value/versions", third).andExpect(status().isOk());
        expectError(http.post("/subjects/transitive-value/versions", third), 409, 40901);
        http.post("/subjects/transitive-value/versions", third)
                .andExpect(jsonPath("$.message", containsString("{oldSchemaVersion: 1}")))
                .andExpect(jsonPath("$.message", containsString("{compatibility: 'BACKWARD_TRANSITIVE'}")));
        // a soft-deleted version no longer counts
        http.delete("/subjects/transitive-value/versions/1").andExpect(status().isOk());
        http.post("/subjects/transitive-value/versions", third).andExpect(status().isOk());
        http.get("/subjects/transitive-value/versions").andExpect(content().json("[2,3]", JsonCompareMode.STRICT));
    }

    @Test
    void shouldCheckCompatibilityWithoutRegistering() throws Exception {
        http.register("uji-value", RegistrySchemas.KABUPATEN);
        http.register("uji-value", RegistrySchemas.KABUPATEN_WITH_NAME);
        String requiring = http.schema(RegistrySchemas.KABUPATEN_REQUIRING_NAME);
        http.post("/compatibility/subjects/uji-value/versions/latest", requiring)
                .andExpect(content().json("{\"is_compatible\":true}", JsonCompareMode.STRICT));
        http.post("/compatibility/subjects/uji-value/versions/1", requiring)
                .andExpect(content().json("{\"is_compatible\":false}", JsonCompareMode.STRICT));
        http.post("/compatibility/subjects/uji-value/versions/1?verbose=true", requiring)
                .andExpect(jsonPath("$.is_compatible").value(false))
                .andExpect(jsonPath("$.messages[0]", startsWith("{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'")))
                .andExpect(jsonPath("$.messages", hasItem("{compatibility: 'BACKWARD'}")));
        http.post("/compatibility/subjects/uji-value/versions", requiring)
                .andExpect(content().json("{\"is_compatible\":true}", JsonCompareMode.STRICT));
        http.post("/compatibility/subjects/uji-value/versions?verbose=true", requiring)
                .andExpect(content().json("{\"is_compatible\":true,\"messages\":[]}", JsonCompareMode.STRICT));
        http.post("/compatibility/subjects/belum-ada-value/versions/latest", requiring)
                .andExpect(jsonPath("$.is_compatible").value(true));
        expectError(http.post("/compatibility/subjects/uji-value/versions/9", requiring), 404, 40402);
        expectError(http.post("/compatibility/subjects/belum-ada-value/versions/1", requiring), 404, 40401);
        expectError(http.post("/compatibility/subjects/uji-value/versions/nol", requiring), 422, 42202);
        String broken = http.schema(RegistrySchemas.NOT_AVRO);
        expectError(http.post("/compatibility/subjects/uji-value/versions/latest", broken), 422, 42201);
        http.post("/compatibility/subjects/uji-value/versions/latest?verbose=true", broken)
                .andExpect(jsonPath("$.is_compatible").value(false))
                .andExpect(jsonPath("$.messages[0]", startsWith("Invalid schema")));
        http.get("/subjects/uji-value/versions").andExpect(content().json("[1,2]", JsonCompareMode.STRICT));
    }

    @Test
    void shouldRefuseWritesToASubjectInReadOnlyMode() throws Exception {
        int id = http.register("baca-saja-value", RegistrySchemas.KABUPATEN);
        http.get("/mode").andExpect(content().json("{\"mode\":\"READWRITE\"}", JsonCompareMode.STRICT));
        expectError(http.get("/mode/baca-saja-value"), 404, 40409);
        http.get("/mode/baca-saja-value")
                .andExpect(jsonPath("$.message")
                        .value("Subject 'baca-saja-value' does not have subject-level mode configured"));
        http.put("/mode/baca-saja-value", "{\"mode\": \"READONLY\"}")
                .andExpect(content().json("{\"mode\":\"READONLY\"}"));
        http.get("/mode/baca-saja-value").andExpect(jsonPath("$.mode").value("READONLY"));
        expectError(
                http.post("/subjects/baca-saja-value/versions", http.schema(RegistrySchemas.KABUPATEN_WITH_NAME)),
                422,
                42205);
        http.post("/subjects/baca-saja-value/versions", http.schema(RegistrySchemas.KABUPATEN_WITH_NAME))
                .andExpect(jsonPath("$.message").value("Subject baca-saja-value is in read-only mode"));
        // what the subject has is still found, as a producer starting up asks
        assertThat(http.register("baca-saja-value", RegistrySchemas.KABUPATEN)).isEqualTo(id);
        expectError(http.delete("/subjects/baca-saja-value/versions/1"), 422, 42205);
        expectError(http.delete("/subjects/baca-saja-value"), 422, 42205);
        expectError(http.put("/config/baca-saja-value", "{\"compatibility\": \"NONE\"}"), 422, 42205);
        expectError(http.put("/mode/baca-saja-value", "{\"mode\": \"WRITEONLY\"}"), 422, 42204);
        http.delete("/mode/baca-saja-value")
                .andExpect(content().json("{\"mode\":\"READONLY\"}", JsonCompareMode.STRICT));
        expectError(http.delete("/mode/baca-saja-value"), 404, 40401);
        http.get("/mode/baca-saja-value?defaultToGlobal=true")
                .andExpect(jsonPath("$.mode").value("READWRITE"));
        http.post("/subjects/baca-saja-value/versions", http.schema(RegistrySchemas.KABUPATEN_WITH_NAME))
                .andExpect(status().isOk());
    }

    @Test
    void shouldImportSchemasWithTheIdsAndVersionsTheyHadElsewhere() throws Exception {
        String subject = "impor-value";
        http.put("/mode/" + subject, "{\"mode\": \"IMPORT\"}").andExpect(status().isOk());
        http.post("/subjects/" + subject + "/versions", http.imported(RegistrySchemas.KABUPATEN, 7000, 3))
                .andExpect(content().json("{\"id\":7000}", JsonCompareMode.STRICT));
        // IMPORT checks no compatibility
        http.post(
                        "/subjects/" + subject + "/versions",
                        http.imported(RegistrySchemas.KABUPATEN_REQUIRING_NAME, 7001, 4))
                .andExpect(content().json("{\"id\":7001}", JsonCompareMode.STRICT));
        http.get("/subjects/" + subject + "/versions/3")
                .andExpect(jsonPath("$.id").value(7000));
        http.get("/schemas/ids/7001").andExpect(jsonPath("$.schema", containsString("nama")));
        expectError(http.post("/subjects/" + subject + "/versions", http.schema(RegistrySchemas.ALAMAT)), 422, 42205);
        http.post("/subjects/" + subject + "/versions", http.schema(RegistrySchemas.ALAMAT))
                .andExpect(jsonPath("$.message").value("Subject impor-value is not in read-write mode"));
        expectError(
                http.post("/subjects/" + subject + "/versions", http.imported(RegistrySchemas.ALAMAT, 7000, 5)),
                422,
                42205);
        http.post("/subjects/" + subject + "/versions", http.imported(RegistrySchemas.ALAMAT, 7000, 5))
                .andExpect(jsonPath("$.message").value("Overwrite new schema with id 7000 is not permitted."));
        http.delete("/mode/" + subject).andExpect(content().json("{\"mode\":\"IMPORT\"}", JsonCompareMode.STRICT));
        // back in READWRITE: new ids and versions continue after the imported ones
        int next = http.register(subject, RegistrySchemas.KABUPATEN_WITH_NAME.replace("\"\"", "\"-\""));
        assertThat(next).isGreaterThan(7001);
        http.get("/subjects/" + subject + "/versions").andExpect(content().json("[3,4,5]", JsonCompareMode.STRICT));
    }

    @Test
    void shouldEnterImportOnlyWhileItsSubjectsAreEmptyUnlessForced() throws Exception {
        http.register("impor-isi-value", RegistrySchemas.KABUPATEN);
        expectError(http.put("/mode/impor-isi-value", "{\"mode\": \"IMPORT\"}"), 422, 42205);
        http.put("/mode/impor-isi-value", "{\"mode\": \"IMPORT\"}")
                .andExpect(jsonPath("$.message").value("Cannot import since found existing subjects"));
        expectError(http.put("/mode", "{\"mode\": \"IMPORT\"}"), 422, 42205);
        http.get("/mode").andExpect(jsonPath("$.mode").value("READWRITE"));
        http.put("/mode/impor-isi-value?force=true", "{\"mode\": \"IMPORT\"}").andExpect(status().isOk());
        http.post("/subjects/impor-isi-value/versions", http.imported(RegistrySchemas.KABUPATEN_WITH_NAME, 7100, 9))
                .andExpect(content().json("{\"id\":7100}", JsonCompareMode.STRICT));
        http.delete("/mode/impor-isi-value").andExpect(status().isOk());
        try {
            http.put("/mode?force=true", "{\"mode\": \"IMPORT\"}")
                    .andExpect(content().json("{\"mode\":\"IMPORT\"}"));
            http.get("/mode").andExpect(jsonPath("$.mode").value("IMPORT"));
        } finally {
            http.delete("/mode").andExpect(content().json("{\"mode\":\"IMPORT\"}", JsonCompareMode.STRICT));
        }
        http.get("/mode").andExpect(jsonPath("$.mode").value("READWRITE"));
    }

    @Test
    void shouldRefuseIdsAndVersionsOutsideImportMode() throws Exception {
        expectError(
                http.post("/subjects/bukan-impor-value/versions", http.imported(RegistrySchemas.KABUPATEN, 7200, 1)),
                422,
                42205);
        http.post("/subjects/bukan-impor-value/versions", http.imported(RegistrySchemas.KABUPATEN, 7200, 1))
                .andExpect(jsonPath("$.message").value("Subject bukan-impor-value is not in import mode"));
    }
}
