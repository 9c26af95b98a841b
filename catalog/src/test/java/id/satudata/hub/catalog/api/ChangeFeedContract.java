package id.satudata.hub.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.pipeline.PipelineBoard;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RunLedger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The change feed, paged and long-polled; run on each database by a subclass. */
@SpringBootTest(classes = ApiTestApplication.class)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChangeFeedContract {

    static final String CHANGES = "/api/v1/datasets/" + ApiFixture.DATASET + "/changes";

    @Autowired
    MockMvc http;

    @Autowired
    ObjectMapper json;

    @Autowired
    DatasetStore store;

    @Autowired
    RunLedger ledger;

    @BeforeAll
    void loadFixture(@Autowired PipelineBoard directory) {
        ApiFixture.load(store, ledger, directory);
    }

    @Test
    void shouldPageThroughTheChangesInSequenceWithTheRecordsAfterEachChange() throws Exception {
        JsonNode first = body(http.perform(get(CHANGES + "?after=0&limit=3")).andExpect(status().isOk()));
        JsonNode second =
                body(http.perform(get(CHANGES + "?after=" + first.path("next").asLong() + "&limit=2")));

        assertThat(first.path("changes"))
                .extracting(change -> change.path("seq").asLong())
                .containsExactly(1L, 2L, 3L);
        assertThat(first.path("next").asLong()).isEqualTo(3);
        JsonNode created = first.path("changes").get(0);
        assertThat(created.path("op").asText()).isEqualTo("c");
        assertThat(created.path("schema_version").asInt()).isEqualTo(1);
        assertThat(created.path("record").path("kode_kabupaten_kota").asText())
                .isEqualTo(created.path("key").asText().split(":")[0]);
        assertThat(created.path("record").path("jumlah_penduduk_miskin").isNumber())
                .isTrue();
        assertThat(second.path("changes"))
                .extracting(change -> change.path("seq").asLong())
                .containsExactly(4L, 5L);
    }

    @Test
    void shouldHoldARequestUntilTheNextChangeCommitsAndShowADeleteWithoutRecord() throws Exception {
        long last = lastSequence();
        MvcResult waiting = http.perform(get(CHANGES + "?wait=20&after=" + last))
                .andExpect(request().asyncStarted())
                .andReturn();

        apply(new RecordChange.Delete(ApiFixture.kode(0) + ":2019"));

        JsonNode page = asJson(waiting.getAsyncResult(20_000));
        assertThat(page.path("changes")).singleElement().satisfies(change -> {
            assertThat(change.path("seq").asLong()).isEqualTo(last + 1);
            assertThat(change.path("op").asText()).isEqualTo("d");
            assertThat(change.path("record").isNull()).isTrue();
        });
    }

    @Test
    void shouldAnswerAnEmptyPageWhenTheWaitEndsWithoutAChange() throws Exception {
        long last = lastSequence();
        MvcResult waiting = http.perform(get(CHANGES + "?wait=1&after=" + (last + 1000)))
                .andExpect(request().asyncStarted())
                .andReturn();

        JsonNode page = asJson(waiting.getAsyncResult(20_000));

        assertThat(page.path("changes")).isEmpty();
        assertThat(page.path("next").asLong()).isEqualTo(last + 1000);
    }

    @Test
    void shouldRefuseAWaitBeyondTheLimitAndAnUnknownDataset() throws Exception {
        http.perform(get(CHANGES + "?wait=61"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_parameter"));
        http.perform(get("/api/v1/datasets/tidak-ada/changes"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("dataset_not_found"));
    }

    private long lastSequence() throws Exception {
        JsonNode page = body(http.perform(get(CHANGES + "?after=0&limit=1000")));
        return page.path("next").asLong();
    }

    private void apply(RecordChange change) {
        long run = ledger.startRun("feed-test", ApiFixture.DATASET, "test");
        store.apply(ApiFixture.DATASET, new IngestBatch("feed-test", run, "test", 1, List.of(change), List.of(), null));
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        MvcResult done = result.andReturn();
        Object async = done.getRequest().isAsyncStarted() ? done.getAsyncResult(20_000) : null;
        return async != null ? asJson(async) : json.readTree(done.getResponse().getContentAsString());
    }

    /** As the response body would be: the record is raw JSON text in the page, which only writing turns to JSON. */
    private JsonNode asJson(Object page) throws Exception {
        return json.readTree(json.writeValueAsString(page));
    }
}
