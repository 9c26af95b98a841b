package id.satudata.hub.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Filters with operators, sorts, projections and keyset paging of the records endpoint (ApiFixture's 50 rows). */
interface RecordQueryContract {

    String RECORDS = ReadApiContract.RECORDS;

    MockMvc http();

    ObjectMapper json();

    @Test
    default void shouldFilterWithRangeOperators() throws Exception {
        http().perform(get(RECORDS).param("tahun.gte", "2020").param("limit", "1000"))
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.REGENCIES)))
                .andExpect(jsonPath("$.records[*].tahun", everyItem(is(2020))));
        http().perform(get(RECORDS + "?tahun.gt=2018&tahun.lt=2020&limit=1000"))
                .andExpect(jsonPath("$.records[*].tahun", everyItem(is(2019))))
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.REGENCIES)));
        http().perform(get(RECORDS + "?kode_kabupaten_kota.gte=3220&tahun.lte=2019&limit=1000"))
                .andExpect(jsonPath("$.records", hasSize(6)));
        // decimals compare as numbers: 110.19, 110.20, 111.19, 111.20
        http().perform(get(RECORDS + "?jumlah_penduduk_miskin.gte=110.19&jumlah_penduduk_miskin.lt=112&limit=1000"))
                .andExpect(jsonPath("$.records[*]._key", contains("3211:2019", "3211:2020", "3212:2019", "3212:2020")));
    }

    @Test
    default void shouldFilterWithSetOperators() throws Exception {
        http().perform(get(RECORDS + "?kode_kabupaten_kota.in=3201,3202&limit=1000"))
                .andExpect(jsonPath("$.records[*]._key", contains("3201:2019", "3201:2020", "3202:2019", "3202:2020")));
        http().perform(get(RECORDS + "?kode_kabupaten_kota.nin=3201,3202&limit=1000"))
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.RECORDS - 4)));
        http().perform(get(RECORDS + "?nama_kabupaten_kota.ne=KABUPATEN 0&tahun=2020&limit=1000"))
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.REGENCIES - 1)));
    }

    @Test
    default void shouldTreatNullAsDifferentFromEveryValueAndFindItWithNullOperator() throws Exception {
        // 2019's rows have no release date
        http().perform(get(RECORDS + "?tanggal_rilis.ne=2021-07-15&limit=1000"))
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.REGENCIES)))
                .andExpect(jsonPath("$.records[*].tahun", everyItem(is(2019))));
        http().perform(get(RECORDS + "?tanggal_rilis.null=true&limit=1000"))
                .andExpect(jsonPath("$.records[*].tanggal_rilis", everyItem(nullValue())))
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.REGENCIES)));
        http().perform(get(RECORDS + "?tanggal_rilis.null=false&limit=1000"))
                .andExpect(jsonPath("$.records[*].tahun", everyItem(is(2020))));
        http().perform(get(RECORDS + "?tanggal_rilis.lt=2099-01-01&limit=1000"))
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.REGENCIES)));
    }

    @Test
    default void shouldRejectUnknownOperatorListingTheAllowedOnes() throws Exception {
        http().perform(get(RECORDS + "?tahun.between=2019"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unknown_operator"))
                .andExpect(jsonPath("$.parameter").value("tahun.between"))
                .andExpect(jsonPath(
                        "$.allowed_operators", contains("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin", "null")));
    }

    @Test
    default void shouldRejectOperatorValueThatDoesNotFitTheFieldType() throws Exception {
        http().perform(get(RECORDS + "?tahun.in=2019,dua ribu"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_filter"))
                .andExpect(jsonPath("$.value").value("dua ribu"))
                .andExpect(jsonPath("$.expected_type").value("an int"));
        http().perform(get(RECORDS + "?tanggal_rilis.null=mungkin"))
                .andExpect(jsonPath("$.code").value("invalid_filter"));
        http().perform(get(RECORDS + "?tanggal_rilis.gte=15/07/2021"))
                .andExpect(jsonPath("$.code").value("invalid_filter"))
                .andExpect(jsonPath("$.expected_type").value("a date (yyyy-MM-dd)"));
    }

    @Test
    default void shouldPageThroughEverySortWithoutSkippingOrRepeatingRowsOfEqualValue() throws Exception {
        for (String sort : List.of(
                "tahun",
                "-tahun",
                "tanggal_rilis",
                "-tanggal_rilis",
                "tahun,-nama_kabupaten_kota",
                "-_key",
                "-tanggal_rilis,jumlah_penduduk_miskin")) {
            List<JsonNode> whole = pageThrough(RECORDS + "?limit=1000&sort=" + sort);
            List<JsonNode> paged = pageThrough(RECORDS + "?limit=7&sort=" + sort);
            assertThat(keys(paged)).as(sort).isEqualTo(keys(whole)).hasSize(ApiFixture.RECORDS);
            assertThat(new HashSet<>(keys(paged))).as(sort).hasSize(ApiFixture.RECORDS);
        }
    }

    @Test
    default void shouldSortDescendingWithKeyAsAscendingTieBreakerAndNullsLowest() throws Exception {
        List<JsonNode> byYear = pageThrough(RECORDS + "?limit=10&sort=-tahun");
        assertThat(byYear.stream().map(record -> record.get("tahun").asInt()))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(keys(byYear.subList(0, ApiFixture.REGENCIES))).isSorted();
        List<JsonNode> byRelease = pageThrough(RECORDS + "?limit=10&sort=tanggal_rilis");
        assertThat(byRelease.get(0).get("tanggal_rilis").isNull()).isTrue();
        assertThat(byRelease.get(ApiFixture.RECORDS - 1).get("tanggal_rilis").asText())
                .isEqualTo("2021-07-15");
        List<JsonNode> byReleaseDown = pageThrough(RECORDS + "?limit=10&sort=-tanggal_rilis");
        assertThat(byReleaseDown.get(0).get("tanggal_rilis").asText()).isEqualTo("2021-07-15");
        assertThat(byReleaseDown
                        .get(ApiFixture.RECORDS - 1)
                        .get("tanggal_rilis")
                        .isNull())
                .isTrue();
        List<JsonNode> byAmount = pageThrough(RECORDS + "?limit=10&sort=-jumlah_penduduk_miskin&tahun=2019");
        assertThat(byAmount.stream()
                        .map(record -> record.get("jumlah_penduduk_miskin").decimalValue()))
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    default void shouldRefuseCursorFollowedWithAnotherSortOrOtherFilters() throws Exception {
        String next = json().readTree(http().perform(get(RECORDS + "?limit=5&sort=-tahun"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("next")
                .asText();
        http().perform(get(RECORDS + "?limit=5&sort=-tahun&next=" + next)).andExpect(status().isOk());
        http().perform(get(RECORDS + "?limit=5&sort=tahun&next=" + next))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_cursor"));
        http().perform(get(RECORDS + "?limit=5&next=" + next))
                .andExpect(jsonPath("$.code").value("invalid_cursor"));
        http().perform(get(RECORDS + "?limit=5&sort=-tahun&tahun=2019&next=" + next))
                .andExpect(jsonPath("$.code").value("invalid_cursor"));
    }

    @Test
    default void shouldRejectSortOnUnknownOrNestedFieldAndFieldNamedTwice() throws Exception {
        http().perform(get(RECORDS + "?sort=provinsi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown_field"))
                .andExpect(jsonPath("$.parameter").value("sort"));
        http().perform(get("/api/v1/datasets/" + AllKindsDataset.DATASET + "/records?sort=alamat"))
                .andExpect(jsonPath("$.code").value("unknown_field"));
        http().perform(get(RECORDS + "?sort=tahun,-tahun"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_parameter"));
    }

    @Test
    default void shouldReturnOnlyChosenFieldsInOrderAlwaysWithKey() throws Exception {
        MvcResult result = http().perform(get(RECORDS + "?fields=tahun,nama_kabupaten_kota&limit=3"))
                .andExpect(status().isOk())
                .andReturn();
        JsonNode first = json().readTree(result.getResponse().getContentAsString())
                .get("records")
                .get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("tahun", "nama_kabupaten_kota", "_key");
        http().perform(get(RECORDS + "?fields=_updated_at,_key,_seq&limit=1"))
                .andExpect(jsonPath("$.records[0].*", hasSize(3)));
        http().perform(get(RECORDS + "?fields=provinsi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown_field"))
                .andExpect(jsonPath("$.parameter").value("fields"));
    }

    @Test
    default void shouldPageBySortFieldLeftOutOfTheProjection() throws Exception {
        List<JsonNode> paged =
                pageThrough(RECORDS + "?limit=4&sort=-jumlah_penduduk_miskin&fields=nama_kabupaten_kota");
        assertThat(paged).hasSize(ApiFixture.RECORDS);
        assertThat(paged.get(0).has("jumlah_penduduk_miskin")).isFalse();
        assertThat(paged.get(0).get("_key").asText()).isEqualTo("3225:2020");
    }

    /** Every record of a query, following the {@code next} cursor from page to page. */
    default List<JsonNode> pageThrough(String uri) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        String next = null;
        do {
            String page = http().perform(get(uri + (next == null ? "" : "&next=" + next)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonNode body = json().readTree(page);
            body.get("records").forEach(records::add);
            next = body.get("next").isNull() ? null : body.get("next").asText();
        } while (next != null);
        return records;
    }

    static List<String> keys(List<JsonNode> records) {
        return records.stream().map(record -> record.get("_key").asText()).toList();
    }
}
