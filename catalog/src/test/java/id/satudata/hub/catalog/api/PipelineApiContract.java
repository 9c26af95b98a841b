package id.satudata.hub.catalog.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.satudata.hub.catalog.pipeline.PipelineBoard;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.RunLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The pipelines endpoints, the pipelines health and the OpenAPI document; run on each database by a subclass. */
@SpringBootTest(
        classes = ApiTestApplication.class,
        properties = {"management.endpoint.health.show-details=always"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineApiContract {

    @Autowired
    MockMvc http;

    @BeforeAll
    void loadFixture(@Autowired DatasetStore store, @Autowired RunLedger ledger, @Autowired PipelineBoard directory) {
        ApiFixture.load(store, ledger, directory);
    }

    @Test
    void shouldListPipelinesWithStateLastRunsAndPosition() throws Exception {
        http.perform(get("/api/v1/pipelines"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", contains("miskin-api", "miskin-file")))
                .andExpect(jsonPath("$[0].state").value("FAILED"))
                .andExpect(jsonPath("$[0].message").value("HTTP 401 from opendata.jabarprov.go.id"))
                .andExpect(jsonPath("$[0].source_kind").value("rest"))
                .andExpect(jsonPath("$[0].position").value(nullValue()))
                .andExpect(jsonPath("$[0].runs[*].id", contains((int) PipelineLedgerRows.API_RUN)))
                .andExpect(jsonPath("$[1].dataset").value(ApiFixture.DATASET))
                .andExpect(jsonPath("$[1].position.value").value(PipelineLedgerRows.POSITION))
                .andExpect(jsonPath("$[1].runs[*].status", contains("FAILED", "DUPLICATE", "SUCCEEDED")))
                .andExpect(jsonPath("$[1].runs[0].message").value("not a CSV"))
                .andExpect(jsonPath("$[1].runs[2].counts.read").value(53))
                .andExpect(jsonPath("$[1].runs[2].counts.stored").value(50))
                .andExpect(jsonPath("$[1].runs[2].counts.quarantined").value(3))
                .andExpect(jsonPath("$[1].runs[2].source_ref").value("jabar.csv"));
    }

    @Test
    void shouldLimitTheRunsShownPerPipeline() throws Exception {
        http.perform(get("/api/v1/pipelines").param("runs", "1"))
                .andExpect(jsonPath("$[1].runs[*].id", contains((int) PipelineLedgerRows.FAILED_RUN)));
    }

    @Test
    void shouldDescribeOnePipelineWithSourceSettings() throws Exception {
        http.perform(get("/api/v1/pipelines/miskin-file"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.source.format").value("csv"))
                .andExpect(jsonPath("$.runs", hasSize(3)))
                .andExpect(jsonPath("$.position.updated_at").isString());
    }

    @Test
    void shouldAnswerUnknownPipelineWithProblem() throws Exception {
        http.perform(get("/api/v1/pipelines/tidak-ada"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("pipeline_not_found"));
    }

    @Test
    void shouldReportHealthDownWithEachPipelineWhenOneFailed() throws Exception {
        http.perform(get("/actuator/health"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"))
                .andExpect(jsonPath("$.components.pipelines.status").value("DOWN"))
                .andExpect(jsonPath("$.components.pipelines.details.miskin-api.state")
                        .value("FAILED"))
                .andExpect(jsonPath("$.components.pipelines.details.miskin-api.message")
                        .value("HTTP 401 from opendata.jabarprov.go.id"))
                .andExpect(jsonPath("$.components.pipelines.details.miskin-file.state")
                        .value("RUNNING"))
                .andExpect(jsonPath("$.components.pipelines.details.miskin-file.dataset")
                        .value(ApiFixture.DATASET));
    }

    @Test
    void shouldDescribeEveryEndpointInOpenApi() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/datasets'].get.summary").isString())
                .andExpect(
                        jsonPath("$.paths['/api/v1/datasets/{id}'].get.summary").isString())
                .andExpect(jsonPath("$.paths['/api/v1/datasets/{id}/records'].get.summary")
                        .isString())
                .andExpect(jsonPath("$.paths['/api/v1/datasets/{id}/records/{key}'].get.summary")
                        .isString())
                .andExpect(jsonPath("$.paths['/api/v1/datasets/{id}/quarantine'].get.summary")
                        .isString())
                .andExpect(jsonPath("$.paths['/api/v1/pipelines'].get.summary").isString())
                .andExpect(jsonPath("$.paths['/api/v1/pipelines/{id}'].get.summary")
                        .isString());
    }
}
