package id.satudata.hub.catalog.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** {@code datastore_search} on the authoritative tables; run on each database by a subclass. */
abstract class CkanDatastoreContract extends PortalContract {

    static final String SEARCH = "/api/3/action/datastore_search";

    String banjir;
    String stunting;

    @BeforeAll
    void findResources() throws Exception {
        banjir = datastoreOf(PortalFixture.BANJIR);
        stunting = datastoreOf(PortalFixture.STUNTING);
    }

    @Test
    void shouldListFieldsWithCkanTypeNamesAndRecordsWithId() throws Exception {
        JsonNode result = ok(get(SEARCH).param("resource_id", stunting)).get("result");
        List<String> fields = new ArrayList<>();
        result.get("fields")
                .forEach(field -> fields.add(
                        field.get("id").asText() + ":" + field.get("type").asText()));
        assertThat(fields)
                .containsExactly(
                        "_id:int",
                        "kode_kabupaten_kota:text",
                        "kategori:text",
                        "persentase:numeric",
                        "rasio:float8",
                        "terverifikasi:bool",
                        "tanggal_rilis:date",
                        "diukur:timestamp");
        JsonNode record = result.at("/records/0");
        assertThat(record.get("_id").isIntegralNumber()).isTrue();
        assertThat(record.get("persentase").decimalValue()).isEqualByComparingTo("26.40");
        assertThat(record.get("tanggal_rilis").asText()).isEqualTo("2023-03-01");
        assertThat(record.get("diukur").asText()).isEqualTo("2023-02-01T08:00:00Z");
        assertThat(result.get("resource_id").asText()).isEqualTo(stunting);
        assertThat(result.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void shouldPageWithLimitAndOffsetAndLinkStartAndNext() throws Exception {
        JsonNode result = ok(get(SEARCH)
                        .param("resource_id", banjir)
                        .param("limit", "5")
                        .param("offset", "5"))
                .get("result");
        assertThat(result.get("records")).hasSize(5);
        assertThat(result.get("total").asInt()).isEqualTo(PortalFixture.BANJIR_RECORDS);
        assertThat(result.get("limit").asInt()).isEqualTo(5);
        assertThat(result.get("offset").asInt()).isEqualTo(5);
        assertThat(result.at("/_links/start").asText()).isEqualTo(SEARCH + "?resource_id=" + banjir + "&limit=5");
        assertThat(result.at("/_links/next").asText())
                .isEqualTo(SEARCH + "?resource_id=" + banjir + "&limit=5&offset=10");
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < PortalFixture.BANJIR_RECORDS; offset += 5) {
            ok(get(SEARCH).param("resource_id", banjir).param("limit", "5").param("offset", String.valueOf(offset)))
                    .at("/result/records")
                    .forEach(record -> all.add(record.get("kode_kabupaten_kota").asText() + "/" + record.get("tahun")));
        }
        assertThat(all).hasSize(PortalFixture.BANJIR_RECORDS).doesNotHaveDuplicates();
    }

    @Test
    void shouldFilterWithJsonObjectGivenAsTextOrInPostBody() throws Exception {
        JsonNode got = ok(get(SEARCH).param("resource_id", banjir).param("filters", "{\"tahun\": 2021}"));
        assertThat(got.at("/result/total").asInt()).isEqualTo(PortalFixture.REGENCIES);
        got.at("/result/records")
                .forEach(record -> assertThat(record.get("tahun").asInt()).isEqualTo(2021));
        JsonNode posted = ok(post(SEARCH)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"resource_id\": \"" + banjir
                        + "\", \"filters\": {\"kode_kabupaten_kota\": [\"3201\", \"3202\"]," + " \"tahun\": 2020}}"));
        assertThat(posted.at("/result/total").asInt()).isEqualTo(2);
        assertThat(posted.at("/result/_links/next").asText()).contains("filters=%7B%22kode_kabupaten_kota%22");
    }

    @Test
    void shouldSearchWordsInAnyFieldWithQ() throws Exception {
        JsonNode result = ok(get(SEARCH).param("resource_id", banjir).param("q", "banjar"))
                .get("result");
        assertThat(result.get("total").asInt()).isEqualTo(2);
        result.get("records")
                .forEach(record ->
                        assertThat(record.get("nama_kabupaten_kota").asText()).isEqualTo("KOTA BANJAR"));
        JsonNode byField =
                ok(get(SEARCH).param("resource_id", banjir).param("q", "{\"kode_kabupaten_kota\": \"3204\"}"));
        assertThat(byField.at("/result/total").asInt()).isEqualTo(2);
    }

    @Test
    void shouldReturnChosenFieldsInChosenOrder() throws Exception {
        JsonNode result = ok(get(SEARCH)
                        .param("resource_id", banjir)
                        .param("fields", "kode_kabupaten_kota,tahun,jumlah_kejadian")
                        .param("sort", "jumlah_kejadian desc, tahun asc")
                        .param("limit", "3"))
                .get("result");
        assertThat(RealCkan.keys(result.at("/records/0")))
                .containsExactlyInAnyOrder("kode_kabupaten_kota", "tahun", "jumlah_kejadian");
        assertThat(result.get("fields")).hasSize(3);
        List<Long> counts = new ArrayList<>();
        result.get("records")
                .forEach(record -> counts.add(record.get("jumlah_kejadian").asLong()));
        assertThat(counts).containsExactly(51L, 50L, 41L);
    }

    @Test
    void shouldRefuseBadLimitWithValidationErrorAsCkanDoes() throws Exception {
        http.perform(get(SEARCH).param("resource_id", banjir).param("limit", "-1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.error.__type").value("Validation Error"))
                .andExpect(jsonPath("$.error.limit", contains("Must be a natural number")));
        http.perform(get(SEARCH).param("resource_id", banjir).param("limit", "sepuluh"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.limit", contains("Invalid integer")));
    }

    @Test
    void shouldRefuseUnknownFieldsAndUnreadableFilters() throws Exception {
        http.perform(get(SEARCH).param("resource_id", banjir).param("filters", "{\"provinsi\": \"32\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.filters", contains("field \"provinsi\" not in resource")));
        http.perform(get(SEARCH).param("resource_id", banjir).param("filters", "{\"tahun\": \"dua ribu\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.filters[0]", containsString("expects an int")));
        http.perform(get(SEARCH).param("resource_id", banjir).param("filters", "{tahun"))
                .andExpect(jsonPath("$.error.filters", contains("Cannot parse JSON")));
        http.perform(get(SEARCH).param("resource_id", banjir).param("sort", "provinsi"))
                .andExpect(jsonPath("$.error.sort", contains("field \"provinsi\" not in resource")));
    }

    @Test
    void shouldAnswerUnknownResourceWithNotFoundError() throws Exception {
        http.perform(get(SEARCH).param("resource_id", "00000000-0000-0000-0000-000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.__type").value("Not Found Error"))
                .andExpect(jsonPath("$.error.message")
                        .value("Not found: Resource \"00000000-0000-0000-0000-000000000000\" was not found."));
        http.perform(get(SEARCH))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.resource_id", contains("Missing value")));
    }

    private String datastoreOf(String dataset) throws Exception {
        JsonNode pkg =
                ok(get("/api/3/action/package_show").param("id", dataset)).get("result");
        return pkg.at("/resources/0/id").asText();
    }
}
