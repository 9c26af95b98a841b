package id.satudata.hub.catalog.registry;

import static id.satudata.hub.catalog.registry.RegistryHttp.V1;
import static id.satudata.hub.catalog.registry.RegistryHttp.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

/**
 * The subjects, versions and schemas endpoints of the Confluent-compatible API with their error codes; run on each
 * database by a subclass. Each test uses subjects of its own.
 */
abstract class RegistryApiContract extends RegistryApiTest {

    @Test
    void shouldRegisterAnswerTheIdAndListTheSubject() throws Exception {
        http.post("/subjects/kabupaten-value/versions", http.schema(RegistrySchemas.KABUPATEN))
                .andExpect(status().isOk())
                .andExpect(content().contentType(V1))
                .andExpect(jsonPath("$.id").isNumber());
        http.get("/subjects/kabupaten-value/versions").andExpect(jsonPath("$", contains(1)));
        http.get("/subjects").andExpect(jsonPath("$", hasItem("kabupaten-value")));
    }

    @Test
    void shouldAnswerTheSameIdForTheSameSchemaWithoutANewVersion() throws Exception {
        int id = http.register("ulang-value", RegistrySchemas.KABUPATEN);
        assertThat(http.register("ulang-value", RegistrySchemas.KABUPATEN)).isEqualTo(id);
        assertThat(http.register("ulang-value", RegistrySchemas.KABUPATEN_REFORMATTED))
                .isEqualTo(id);
        http.get("/subjects/ulang-value/versions").andExpect(jsonPath("$", contains(1)));
    }

    @Test
    void shouldGiveOneGlobalIdToOneSchemaUnderEverySubject() throws Exception {
        int id = http.register("global-a-value", RegistrySchemas.KABUPATEN_WITH_NAME);
        assertThat(http.register("global-b-value", RegistrySchemas.KABUPATEN_WITH_NAME))
                .isEqualTo(id);
        http.get("/schemas/ids/" + id + "/subjects")
                .andExpect(jsonPath("$", hasItems("global-a-value", "global-b-value")));
        http.get("/schemas/ids/" + id + "/versions")
                .andExpect(jsonPath("$[?(@.subject == 'global-b-value')].version", contains(1)));
    }

    @Test
    void shouldServeASchemaByIdAsConfluentDoes() throws Exception {
        int id = http.register("by-id-value", RegistrySchemas.KABUPATEN_REFORMATTED);
        String canonical = new Schema.Parser().parse(RegistrySchemas.KABUPATEN).toString();
        for (int read = 0; read < 2; read++) {
            http.get("/schemas/ids/" + id)
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(V1))
                    .andExpect(jsonPath("$.schema").value(canonical))
                    .andExpect(jsonPath("$.schemaType").doesNotExist())
                    .andExpect(jsonPath("$.references").doesNotExist());
        }
        http.get("/schemas/ids/" + id + "?subject=by-id-value")
                .andExpect(jsonPath("$.schema").value(canonical));
        http.get("/schemas/ids/" + id + "/schema").andExpect(content().string(canonical));
        mvc.perform(get(RegistryHttp.BASE + "/schemas/ids/" + id).accept(MediaType.APPLICATION_JSON))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void shouldAnswerUnknownSchemaIdsWith40403() throws Exception {
        expectError(http.get("/schemas/ids/987654"), 404, 40403);
        http.get("/schemas/ids/987654").andExpect(jsonPath("$.message").value("Schema 987654 not found"));
        expectError(http.get("/schemas/ids/987654/schema"), 404, 40403);
        expectError(http.get("/schemas/ids/987654/subjects"), 404, 40403);
        expectError(http.get("/schemas/ids/987654/versions"), 404, 40403);
        expectError(http.get("/schemas/ids/satu"), 404, 404);
    }

    @Test
    void shouldSayItKeepsAvroOnly() throws Exception {
        http.get("/schemas/types").andExpect(content().json("[\"AVRO\"]", JsonCompareMode.STRICT));
    }

    @Test
    void shouldServeVersionsByNumberLatestAndMinusOne() throws Exception {
        int first = http.register("versi-value", RegistrySchemas.KABUPATEN);
        int second = http.register("versi-value", RegistrySchemas.KABUPATEN_WITH_NAME);
        http.get("/subjects/versi-value/versions/1")
                .andExpect(jsonPath("$.subject").value("versi-value"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.schema", containsString("Kabupaten")));
        for (String latest : new String[] {"latest", "-1"}) {
            http.get("/subjects/versi-value/versions/" + latest)
                    .andExpect(jsonPath("$.version").value(2))
                    .andExpect(jsonPath("$.id").value(second));
        }
        http.get("/subjects/versi-value/versions/2/schema").andExpect(content().string(containsString("\"nama\"")));
        expectError(http.get("/subjects/versi-value/versions/3"), 404, 40402);
        http.get("/subjects/versi-value/versions/3")
                .andExpect(jsonPath("$.message").value("Version 3 not found."));
        expectError(http.get("/subjects/tidak-ada/versions/1"), 404, 40401);
        http.get("/subjects/tidak-ada/versions")
                .andExpect(jsonPath("$.message").value("Subject 'tidak-ada' not found."));
    }

    @Test
    void shouldRefuseVersionIdsThatAreNotVersions() throws Exception {
        http.register("versi-salah-value", RegistrySchemas.KABUPATEN);
        for (String version : new String[] {"abc", "0", "-2"}) {
            expectError(http.get("/subjects/versi-salah-value/versions/" + version), 422, 42202);
        }
        expectError(http.delete("/subjects/versi-salah-value/versions/satu"), 422, 42202);
    }

    @Test
    void shouldListSubjectsByPrefixAndSoftDeletedOnlyWhenAsked() throws Exception {
        http.register("awalan-satu-value", RegistrySchemas.KABUPATEN);
        http.register("awalan-dua-value", RegistrySchemas.KABUPATEN);
        http.delete("/subjects/awalan-dua-value").andExpect(status().isOk());
        http.get("/subjects?subjectPrefix=awalan-")
                .andExpect(content().json("[\"awalan-satu-value\"]", JsonCompareMode.STRICT));
        http.get("/subjects?subjectPrefix=awalan-&deleted=true")
                .andExpect(content().json("[\"awalan-dua-value\",\"awalan-satu-value\"]", JsonCompareMode.STRICT));
    }

    @Test
    void shouldLookUpASchemaUnderASubject() throws Exception {
        int id = http.register("cari-value", RegistrySchemas.KABUPATEN);
        http.register("cari-value", RegistrySchemas.KABUPATEN_WITH_NAME);
        http.post("/subjects/cari-value", http.schema(RegistrySchemas.KABUPATEN_REFORMATTED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("cari-value"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.schema", containsString("Kabupaten")));
        expectError(http.post("/subjects/cari-value", http.schema(RegistrySchemas.ALAMAT)), 404, 40403);
        expectError(http.post("/subjects/tidak-dicari", http.schema(RegistrySchemas.ALAMAT)), 404, 40401);
        http.delete("/subjects/cari-value/versions/1").andExpect(status().isOk());
        expectError(http.post("/subjects/cari-value", http.schema(RegistrySchemas.KABUPATEN)), 404, 40403);
        http.post("/subjects/cari-value?deleted=true", http.schema(RegistrySchemas.KABUPATEN))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void shouldDeleteASubjectSoftFirstThenPermanently() throws Exception {
        int id = http.register("hapus-value", RegistrySchemas.KABUPATEN);
        http.register("hapus-value", RegistrySchemas.KABUPATEN_WITH_NAME);
        expectError(http.delete("/subjects/hapus-value?permanent=true"), 404, 40405);
        http.delete("/subjects/hapus-value").andExpect(content().json("[1,2]", JsonCompareMode.STRICT));
        expectError(http.delete("/subjects/hapus-value"), 404, 40404);
        expectError(http.get("/subjects/hapus-value/versions"), 404, 40401);
        http.get("/subjects/hapus-value/versions?deleted=true")
                .andExpect(content().json("[1,2]", JsonCompareMode.STRICT));
        http.get("/subjects/hapus-value/versions/1?deleted=true")
                .andExpect(jsonPath("$.id").value(id));
        http.delete("/subjects/hapus-value?permanent=true").andExpect(content().json("[1,2]", JsonCompareMode.STRICT));
        expectError(http.get("/subjects/hapus-value/versions?deleted=true"), 404, 40401);
        expectError(http.delete("/subjects/hapus-value"), 404, 40401);
        // the id stays resolvable for the records written with it
        http.get("/schemas/ids/" + id).andExpect(status().isOk());
        // and a subject deleted for good starts again at version 1
        http.register("hapus-value", RegistrySchemas.KABUPATEN_WITH_NAME);
        http.get("/subjects/hapus-value/versions").andExpect(content().json("[1]", JsonCompareMode.STRICT));
    }

    @Test
    void shouldDeleteAVersionSoftFirstThenPermanently() throws Exception {
        http.register("hapus-versi-value", RegistrySchemas.KABUPATEN);
        http.register("hapus-versi-value", RegistrySchemas.KABUPATEN_WITH_NAME);
        expectError(http.delete("/subjects/hapus-versi-value/versions/1?permanent=true"), 404, 40407);
        http.delete("/subjects/hapus-versi-value/versions/1")
                .andExpect(content().string("1"));
        expectError(http.delete("/subjects/hapus-versi-value/versions/1"), 404, 40406);
        expectError(http.get("/subjects/hapus-versi-value/versions/1"), 404, 40402);
        http.get("/subjects/hapus-versi-value/versions/1?deleted=true")
                .andExpect(jsonPath("$.version").value(1));
        http.get("/subjects/hapus-versi-value/versions").andExpect(content().json("[2]", JsonCompareMode.STRICT));
        http.delete("/subjects/hapus-versi-value/versions/1?permanent=true")
                .andExpect(content().string("1"));
        expectError(http.get("/subjects/hapus-versi-value/versions/1?deleted=true"), 404, 40402);
        expectError(http.delete("/subjects/hapus-versi-value/versions/7"), 404, 40402);
        expectError(http.delete("/subjects/tidak-ada-versi/versions/1"), 404, 40401);
        http.delete("/subjects/hapus-versi-value/versions/latest")
                .andExpect(content().string("2"));
    }

    @Test
    void shouldRefuseAnIncompatibleSchemaWithTheReasons() throws Exception {
        http.register("tidak-cocok-value", RegistrySchemas.KABUPATEN);
        expectError(
                http.post(
                        "/subjects/tidak-cocok-value/versions", http.schema(RegistrySchemas.KABUPATEN_REQUIRING_NAME)),
                409,
                40901);
        http.post("/subjects/tidak-cocok-value/versions", http.schema(RegistrySchemas.KABUPATEN_REQUIRING_NAME))
                .andExpect(jsonPath(
                        "$.message",
                        startsWith("Schema being registered is incompatible with an earlier schema for subject "
                                + "\"tidak-cocok-value\", details: [{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'")))
                .andExpect(jsonPath("$.message", containsString("{oldSchemaVersion: 1}")))
                .andExpect(jsonPath("$.message", containsString("{compatibility: 'BACKWARD'}")));
        http.get("/subjects/tidak-cocok-value/versions").andExpect(content().json("[1]", JsonCompareMode.STRICT));
    }

    @Test
    void shouldRefuseSchemasThatAreNotValidAvro() throws Exception {
        expectError(http.post("/subjects/rusak-value/versions", http.schema(RegistrySchemas.NOT_AVRO)), 422, 42201);
        http.post("/subjects/rusak-value/versions", http.schema(RegistrySchemas.NOT_AVRO))
                .andExpect(jsonPath("$.message", startsWith("Invalid schema")));
        String jsonSchema = http.json(Map.of("schema", "{\"type\": \"object\"}", "schemaType", "JSON"));
        http.post("/subjects/rusak-value/versions", jsonSchema)
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.error_code").value(42201))
                .andExpect(jsonPath("$.message").value("Invalid schema type JSON"));
        http.post("/subjects/rusak-value/versions", http.json(Map.of("schemaType", "AVRO")))
                .andExpect(jsonPath("$.error_code").value(42201))
                .andExpect(jsonPath("$.message").value("Empty schema"));
        expectError(http.get("/subjects/rusak-value/versions"), 404, 40401);
    }

    @Test
    void shouldAnswerABodyThatIsNotJsonAsConfluentDoes() throws Exception {
        expectError(http.post("/subjects/bukan-json-value/versions", "{\"schema\": "), 400, 400);
        expectError(http.post("/subjects/bukan-json-value/versions", "{\"schema\": {\"type\": \"string\"}}"), 400, 400);
        expectError(http.post("/subjects/bukan-json-value/versions", ""), 422, 422);
    }

    @Test
    void shouldResolveReferencesAndKeepAReferencedVersionWhileItIsUsed() throws Exception {
        http.register("alamat-value", RegistrySchemas.ALAMAT);
        expectError(http.post("/subjects/penduduk-value/versions", http.schema(RegistrySchemas.PENDUDUK)), 422, 42201);
        String withReference =
                http.schema(RegistrySchemas.PENDUDUK, "id.satudata.kependudukan.Alamat", "alamat-value", 1);
        int id = json.readTree(http.post("/subjects/penduduk-value/versions", withReference)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asInt();
        http.get("/schemas/ids/" + id)
                .andExpect(jsonPath("$.schema", not(containsString("jalan"))))
                .andExpect(jsonPath("$.references[0].name").value("id.satudata.kependudukan.Alamat"))
                .andExpect(jsonPath("$.references[0].subject").value("alamat-value"))
                .andExpect(jsonPath("$.references[0].version").value(1));
        http.get("/subjects/penduduk-value/versions/1")
                .andExpect(jsonPath("$.references[0].subject").value("alamat-value"));
        http.post("/subjects/penduduk-value", withReference)
                .andExpect(jsonPath("$.id").value(id));
        http.get("/subjects/alamat-value/versions/1/referencedby")
                .andExpect(content().json("[" + id + "]", JsonCompareMode.STRICT));
        expectError(http.delete("/subjects/alamat-value/versions/1"), 422, 42206);
        http.delete("/subjects/alamat-value/versions/1")
                .andExpect(jsonPath("$.message")
                        .value("One or more references exist to the schema "
                                + "{magic=1,keytype=SCHEMA,subject=alamat-value,version=1}."));
        expectError(http.delete("/subjects/alamat-value"), 422, 42206);
        http.delete("/subjects/penduduk-value").andExpect(status().isOk());
        http.get("/subjects/alamat-value/versions/1/referencedby")
                .andExpect(content().json("[]", JsonCompareMode.STRICT));
        http.delete("/subjects/alamat-value").andExpect(content().json("[1]", JsonCompareMode.STRICT));
        String missing = http.schema(RegistrySchemas.PENDUDUK, "id.satudata.kependudukan.Alamat", "tidak-ada", 1);
        expectError(http.post("/subjects/penduduk-lain-value/versions", missing), 422, 42201);
    }

    @Test
    void shouldAcceptEveryContentTypeConfluentClientsSend() throws Exception {
        String body = http.schema(RegistrySchemas.KABUPATEN);
        for (String type : new String[] {
            "application/vnd.schemaregistry.v1+json",
            "application/vnd.schemaregistry+json",
            "application/json",
            "application/octet-stream"
        }) {
            mvc.perform(post(RegistryHttp.BASE + "/subjects/jenis-isi-value/versions")
                            .contentType(type)
                            .content(body))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(V1));
        }
        mvc.perform(get(RegistryHttp.BASE + "/subjects/jenis-isi-value/versions")
                        .contentType(V1))
                .andExpect(status().isOk())
                .andExpect(content().json("[1]", JsonCompareMode.STRICT));
        mvc.perform(get(RegistryHttp.BASE + "/subjects/jenis-isi-value/versions/1")
                        .accept("application/vnd.schemaregistry+json"))
                .andExpect(content().contentType("application/vnd.schemaregistry+json"));
    }

    @Test
    void shouldAnswerErrorsInConfluentsBodyNotAsProblems() throws Exception {
        http.get("/subjects/tidak-ada-sama-sekali/versions")
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(V1))
                .andExpect(content()
                        .json(
                                "{\"error_code\":40401,\"message\":\"Subject 'tidak-ada-sama-sekali' not found.\"}",
                                JsonCompareMode.STRICT));
    }

    @Test
    void shouldAnswerRequestsThatMatchNoEndpointInConfluentsBody() throws Exception {
        mvc.perform(post(RegistryHttp.BASE + "/subjects/jenis-salah-value/versions")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("kode"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(V1))
                .andExpect(content()
                        .json(
                                "{\"error_code\":415,\"message\":\"HTTP 415 Unsupported Media Type\"}",
                                JsonCompareMode.STRICT));
        expectError(http.put("/subjects", "{}"), 405, 405);
        expectError(http.get("/tidak-ada"), 404, 404);
    }

    @Test
    void shouldAnswerAFailureOfTheHubWith50001() throws Exception {
        expectError(http.post("/subjects/broken-value/versions", http.schema(RegistrySchemas.KABUPATEN)), 500, 50001);
        expectError(http.get("/subjects/broken-value/versions"), 404, 40401);
    }
}
