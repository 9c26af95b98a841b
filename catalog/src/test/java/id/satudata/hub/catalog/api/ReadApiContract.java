package id.satudata.hub.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.pipeline.PipelineBoard;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.RunLedger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The datasets, records and quarantine endpoints, with the records query and downloads of the contracts it
 * implements; run on each database by a subclass.
 */
@SpringBootTest(classes = ApiTestApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadApiContract implements RecordCsvContract, DownloadContract {

    static final String RECORDS = "/api/v1/datasets/" + ApiFixture.DATASET + "/records";

    @Autowired
    MockMvc http;

    @Autowired
    ObjectMapper json;

    @Override
    public MockMvc http() {
        return http;
    }

    @Override
    public ObjectMapper json() {
        return json;
    }

    @BeforeAll
    void loadFixture(@Autowired DatasetStore store, @Autowired RunLedger ledger, @Autowired PipelineBoard directory) {
        ApiFixture.load(store, ledger, directory);
    }

    @Test
    void shouldListDatasetsWithKeyFieldsCountAndLastUpdate() throws Exception {
        http.perform(get("/api/v1/datasets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[*].id", contains(ApiFixture.DATASET, AllKindsDataset.DATASET, ManyRowsDataset.DATASET)))
                .andExpect(jsonPath("$[0].id").value(ApiFixture.DATASET))
                .andExpect(jsonPath("$[0].title").value("Jumlah Penduduk Miskin"))
                .andExpect(jsonPath("$[0].producer").value("BPS Jawa Barat"))
                .andExpect(jsonPath("$[0].key_fields", contains("kode_kabupaten_kota", "tahun")))
                .andExpect(jsonPath("$[0].record_count").value(ApiFixture.RECORDS))
                .andExpect(jsonPath("$[0].updated_at").isString())
                .andExpect(jsonPath("$[0].schema_version").value(1));
    }

    @Test
    void shouldDescribeDatasetWithSchemaCountsAndFeedingPipelines() throws Exception {
        http.perform(get("/api/v1/datasets/" + ApiFixture.DATASET))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schema.name").value("JumlahPendudukMiskin"))
                .andExpect(jsonPath("$.schema.fields[2].name").value("tahun"))
                .andExpect(jsonPath("$.counts.records").value(ApiFixture.RECORDS))
                .andExpect(jsonPath("$.counts.quarantined").value(3))
                .andExpect(jsonPath("$.counts.changes").value(ApiFixture.RECORDS))
                .andExpect(jsonPath("$.pipelines[*].id", contains("miskin-api", "miskin-file")))
                .andExpect(jsonPath("$.pipelines[0].state").value("FAILED"));
    }

    @Test
    void shouldAnswerUnknownDatasetWithProblemAndCode() throws Exception {
        http.perform(get("/api/v1/datasets/tidak-ada/records").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("dataset_not_found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Dataset not found"))
                .andExpect(jsonPath("$.detail", containsString("tidak-ada")))
                .andExpect(jsonPath("$.instance").value("/api/v1/datasets/tidak-ada/records"));
    }

    @Test
    void shouldPageThroughAllRecordsWithCursorWithoutDuplicatesOrGaps() throws Exception {
        List<String> keys = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            // a query string rather than .param(): the Link header is built from the request's query string
            String uri = RECORDS + "?limit=7" + (next == null ? "" : "&next=" + next);
            MvcResult result = http.perform(get(uri)).andExpect(status().isOk()).andReturn();
            JsonNode page = json.readTree(result.getResponse().getContentAsString());
            page.get("records").forEach(record -> keys.add(record.get("_key").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            String link = result.getResponse().getHeader("Link");
            if (next == null) {
                assertThat(link).isNull();
            } else {
                assertThat(link).contains("next=" + next).contains("limit=7").endsWith("; rel=\"next\"");
            }
            pages++;
        } while (next != null);
        assertThat(pages).isEqualTo((ApiFixture.RECORDS + 6) / 7);
        assertThat(keys).hasSize(ApiFixture.RECORDS);
        assertThat(new HashSet<>(keys)).hasSize(ApiFixture.RECORDS);
    }

    @Test
    void shouldFilterOnIntField() throws Exception {
        http.perform(get(RECORDS).param("tahun", "2019").param("limit", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.REGENCIES)))
                .andExpect(jsonPath("$.records[*].tahun", everyItem(org.hamcrest.Matchers.is(2019))))
                .andExpect(jsonPath("$.next").value(nullValue()));
    }

    @Test
    void shouldFilterOnStringAndIntFieldsTogether() throws Exception {
        http.perform(get(RECORDS).param("kode_kabupaten_kota", "3201").param("tahun", "2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records", hasSize(1)))
                .andExpect(jsonPath("$.records[0]._key").value("3201:2020"));
    }

    @Test
    void shouldFilterOnDateField() throws Exception {
        http.perform(get(RECORDS).param("tanggal_rilis", "2021-07-15").param("limit", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records", hasSize(ApiFixture.REGENCIES)))
                .andExpect(jsonPath("$.records[*].tahun", everyItem(org.hamcrest.Matchers.is(2020))));
    }

    @Test
    void shouldRejectFilterValueThatDoesNotFitTheFieldType() throws Exception {
        http.perform(get(RECORDS).param("tahun", "dua ribu"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid_filter"))
                .andExpect(jsonPath("$.field").value("tahun"))
                .andExpect(jsonPath("$.value").value("dua ribu"))
                .andExpect(jsonPath("$.expected_type").value("an int"))
                .andExpect(jsonPath("$.detail", containsString("tahun")));
    }

    @Test
    void shouldRejectFilterOnUnknownFieldListingTheAllowedOnes() throws Exception {
        http.perform(get(RECORDS).param("provinsi", "32"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown_field"))
                .andExpect(jsonPath("$.field").value("provinsi"))
                .andExpect(jsonPath("$.allowed_fields", hasItem("kode_kabupaten_kota")))
                .andExpect(jsonPath("$.allowed_fields", hasSize(5)));
    }

    @Test
    void shouldRejectCursorItDidNotIssue() throws Exception {
        http.perform(get(RECORDS).param("next", "%%%"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_cursor"));
    }

    @Test
    void shouldRejectLimitAboveTheMaximum() throws Exception {
        http.perform(get(RECORDS).param("limit", "1001"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_parameter"));
    }

    @Test
    void shouldReadRecordByKeyWithTypedValues() throws Exception {
        http.perform(get(RECORDS + "/3203:2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kode_kabupaten_kota").value("3203"))
                .andExpect(jsonPath("$.tahun").value(2020))
                .andExpect(jsonPath("$.tanggal_rilis").value("2021-07-15"))
                .andExpect(jsonPath("$._key").value("3203:2020"))
                .andExpect(jsonPath("$._updated_at").isString())
                .andExpect(content().string(containsString("\"jumlah_penduduk_miskin\":102.20")))
                .andExpect(content().string(containsString("\"tanggal_rilis\":\"2021-07-15\",\"_key\"")));
    }

    @Test
    void shouldRenderEveryColumnKindAsJson() throws Exception {
        http.perform(get("/api/v1/datasets/" + AllKindsDataset.DATASET + "/records/3273"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jenis").value("KOTA"))
                .andExpect(jsonPath("$.penduduk").value(nullValue()))
                .andExpect(jsonPath("$.luas").value(167.31))
                .andExpect(jsonPath("$.rasio").value(0.125))
                .andExpect(jsonPath("$.aktif").value(true))
                .andExpect(jsonPath("$.logo").value("yv4="))
                .andExpect(jsonPath("$.diubah").value("2024-01-31T08:00:00Z"))
                .andExpect(jsonPath("$.alamat.jalan").value("Jl. Wastukencana 2"))
                .andExpect(jsonPath("$._seq").value(1))
                .andExpect(jsonPath("$._updated_at").isString());
    }

    @Test
    void shouldFilterOnEnumBooleanAndTimestampFields() throws Exception {
        String records = "/api/v1/datasets/" + AllKindsDataset.DATASET + "/records";
        http.perform(get(records).param("jenis", "KOTA").param("aktif", "true").param("diubah", "2024-01-31T08:00:00Z"))
                .andExpect(jsonPath("$.records[*]._key", contains("3273")));
        http.perform(get(records).param("aktif", "false")).andExpect(jsonPath("$.records", hasSize(0)));
    }

    @Test
    void shouldAnswerMissingRecordWithProblem() throws Exception {
        http.perform(get(RECORDS + "/3299:2019"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("record_not_found"))
                .andExpect(jsonPath("$.key").value("3299:2019"))
                .andExpect(jsonPath("$.key_fields", contains("kode_kabupaten_kota", "tahun")));
    }

    @Test
    void shouldExplainKeyLayoutWhenKeyHasWrongNumberOfValues() throws Exception {
        http.perform(get(RECORDS + "/3201"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("record_not_found"))
                .andExpect(jsonPath("$.detail", containsString("kode_kabupaten_kota, tahun joined with ':'")));
    }

    @Test
    void shouldListQuarantineNewestFirstAndContinueAfterCursor() throws Exception {
        String quarantine = "/api/v1/datasets/" + ApiFixture.DATASET + "/quarantine";
        MvcResult first = http.perform(get(quarantine).param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(2)))
                .andExpect(jsonPath("$.entries[0].record_index").value(30))
                .andExpect(jsonPath("$.entries[0].pipeline").value("miskin-file"))
                .andExpect(jsonPath("$.entries[0].run").value(PipelineLedgerRows.FIRST_RUN))
                .andExpect(jsonPath("$.entries[0].source_ref").value("jabar.csv"))
                .andExpect(jsonPath("$.entries[0].raw.tahun").value("20x3"))
                .andExpect(jsonPath("$.entries[0].violations[0].rule").value("int"))
                .andExpect(jsonPath("$.entries[0].time").isString())
                .andExpect(header().string("Link", containsString("after=")))
                .andReturn();
        String after = json.readTree(first.getResponse().getContentAsString())
                .get("next")
                .asText();
        http.perform(get(quarantine).param("limit", "2").param("after", after))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].record_index").value(10))
                .andExpect(jsonPath("$.next").value(nullValue()));
    }

    @Test
    void shouldFilterQuarantineByRun() throws Exception {
        String quarantine = "/api/v1/datasets/" + ApiFixture.DATASET + "/quarantine";
        http.perform(get(quarantine).param("run", String.valueOf(PipelineLedgerRows.FIRST_RUN)))
                .andExpect(jsonPath("$.entries", hasSize(3)));
        http.perform(get(quarantine).param("run", String.valueOf(PipelineLedgerRows.FAILED_RUN)))
                .andExpect(jsonPath("$.entries", hasSize(0)));
    }
}
