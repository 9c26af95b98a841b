package id.satudata.hub.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.satudata.hub.catalog.dataset.DatasetCatalog;
import id.satudata.hub.catalog.pipeline.InvalidPipelineException;
import id.satudata.hub.catalog.pipeline.PipelineDeclaration;
import id.satudata.hub.catalog.pipeline.PipelineExistsException;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetSchema;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.routes.ingest.IngestMetrics;
import id.satudata.hub.schemas.reference.ReferenceSets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's operations on pipelines, with a starter that only records what it is asked. */
class PipelineOperationsTest {

    private static final String SCHEMA =
            """
            {"type": "record", "name": "Penduduk", "namespace": "id.satudata.test", "fields": [
              {"name": "kode", "type": "string"}, {"name": "nama", "type": "string"}]}
            """;

    @TempDir
    Path dataDir;

    private final RecordingStarter starter = new RecordingStarter();
    private final PipelineStates states = new PipelineStates();
    private final RunLedger ledger = mock(RunLedger.class);
    private Path config;
    private PipelineOperations operations;

    @BeforeEach
    void createHub() throws IOException {
        config = dataDir.resolve("config");
        write("datasets/penduduk.avsc", SCHEMA);
        write("datasets/penduduk.yaml", dataset("penduduk"));
        write("datasets/penduduk-lain.yaml", dataset("penduduk-lain"));
        DatasetCatalog catalog = mock(DatasetCatalog.class);
        when(catalog.register(any())).thenAnswer(call -> {
            DatasetDefinition registered = call.getArgument(0);
            return new DatasetSchema(registered.id(), 1, registered.schema(), registered.keyFields());
        });
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        RunningPipelines pipelines = new RunningPipelines(
                List.of(starter),
                states,
                mock(DatasetStore.class),
                ledger,
                new IngestMetrics(meters),
                new PipelineProgress(states, meters),
                ReferenceSets.none());
        operations = new PipelineOperations(
                pipelines,
                states,
                new DeclarationFiles(new HubProperties(dataDir, config, null)),
                new DatasetRegistrar(catalog),
                ledger);
    }

    @Test
    void shouldWriteAndStartANewPipeline() {
        String id = operations.create(yaml(pipeline("penduduk-csv", "penduduk")));

        assertThat(id).isEqualTo("penduduk-csv");
        assertThat(config.resolve("pipelines/penduduk-csv.yaml")).hasContent(pipeline("penduduk-csv", "penduduk"));
        assertThat(starter.calls).containsExactly("start penduduk-csv");
        assertThat(state("penduduk-csv")).isEqualTo(PipelineStates.RUNNING);
    }

    @Test
    void shouldRefuseATakenIdAndWriteNothingForAnInvalidDeclaration() {
        operations.create(yaml(pipeline("penduduk-csv", "penduduk")));

        assertThatThrownBy(() -> operations.create(yaml(pipeline("penduduk-csv", "penduduk"))))
                .isInstanceOf(PipelineExistsException.class);
        assertThatThrownBy(() -> operations.create(yaml(pipeline("baru", "tidak-ada"))))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidPipelineException.Problem::path)
                        .containsExactly("dataset"));
        assertThat(config.resolve("pipelines/baru.yaml")).doesNotExist();
        assertThat(starter.calls).containsExactly("start penduduk-csv");
    }

    @Test
    void shouldTakeAJsonDeclarationAsTheSameTree() {
        operations.create(new PipelineDeclaration(
                "{\"id\": \"penduduk-json\", \"dataset\": \"penduduk\", \"source\": {\"kind\": \"file\", \"format\":"
                        + " \"csv\", \"delimiter\": \";\"}}",
                true));

        assertThat(config.resolve("pipelines/penduduk-json.yaml")).content().contains("delimiter: \";\"");
        assertThat(states.pipeline("penduduk-json").orElseThrow().source()).containsEntry("delimiter", ";");
    }

    @Test
    void shouldPauseOnceAndResumeOnce() {
        operations.create(yaml(pipeline("penduduk-csv", "penduduk")));

        operations.pause("penduduk-csv");
        operations.pause("penduduk-csv");

        assertThat(state("penduduk-csv")).isEqualTo(PipelineStates.PAUSED);
        assertThatThrownBy(() -> operations.runNow("penduduk-csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PAUSED");
        operations.resume("penduduk-csv");
        operations.resume("penduduk-csv");
        operations.runNow("penduduk-csv");
        assertThat(state("penduduk-csv")).isEqualTo(PipelineStates.RUNNING);
        assertThat(starter.calls)
                .containsExactly("start penduduk-csv", "pause penduduk-csv", "resume penduduk-csv", "run penduduk-csv");
    }

    @Test
    void shouldKeepThePausedStateWhateverALastPollReports() {
        operations.create(yaml(pipeline("penduduk-csv", "penduduk")));
        operations.pause("penduduk-csv");

        starter.health.healthy();

        assertThat(state("penduduk-csv")).isEqualTo(PipelineStates.PAUSED);
    }

    @Test
    void shouldRestartAReplacedPipelineKeepingItsPositionUnlessItsDatasetChanged() {
        operations.create(yaml(pipeline("penduduk-csv", "penduduk")));

        operations.replace(
                "penduduk-csv", yaml(pipeline("penduduk-csv", "penduduk").replace("\";\"", "\",\"")));
        verify(ledger, never()).forgetPosition("penduduk-csv");
        operations.replace("penduduk-csv", yaml(pipeline("penduduk-csv", "penduduk-lain")));

        verify(ledger).forgetPosition("penduduk-csv");
        assertThat(starter.calls)
                .containsExactly(
                        "start penduduk-csv",
                        "stop penduduk-csv",
                        "start penduduk-csv",
                        "stop penduduk-csv",
                        "start penduduk-csv");
        assertThat(states.pipeline("penduduk-csv").orElseThrow().datasetId()).isEqualTo("penduduk-lain");
    }

    @Test
    void shouldTakeTheIdOfTheUrlWhenAReplacementLeavesItOutAndRefuseAnother() {
        operations.create(yaml(pipeline("penduduk-csv", "penduduk")));

        operations.replace(
                "penduduk-csv", yaml(pipeline("penduduk-csv", "penduduk").replace("id: penduduk-csv\n", "")));

        assertThat(config.resolve("pipelines/penduduk-csv.yaml")).content().startsWith("id: penduduk-csv\n");
        assertThatThrownBy(() -> operations.replace("penduduk-csv", yaml(pipeline("nama-lain", "penduduk"))))
                .isInstanceOfSatisfying(InvalidPipelineException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidPipelineException.Problem::path)
                        .containsExactly("id"));
    }

    @Test
    void shouldRemoveAPipelineAndKeepItsDeclarationAside() throws IOException {
        operations.create(yaml(pipeline("penduduk-csv", "penduduk")));

        operations.remove("penduduk-csv");

        assertThat(config.resolve("pipelines/penduduk-csv.yaml")).doesNotExist();
        try (var removed = Files.list(dataDir.resolve("removed-pipelines"))) {
            assertThat(removed.map(file -> file.getFileName().toString()))
                    .singleElement()
                    .asString()
                    .endsWith("-penduduk-csv.yaml");
        }
        assertThat(states.pipeline("penduduk-csv")).isEmpty();
        assertThatThrownBy(() -> operations.pause("penduduk-csv")).isInstanceOf(NoSuchElementException.class);
    }

    private String state(String pipelineId) {
        return states.pipeline(pipelineId).map(PipelineInfo::state).orElseThrow();
    }

    private static PipelineDeclaration yaml(String text) {
        return new PipelineDeclaration(text, false);
    }

    private static String pipeline(String id, String dataset) {
        return "id: " + id + "\ndataset: " + dataset + "\nsource:\n  kind: file\n  format: csv\n  delimiter: \";\"\n";
    }

    private static String dataset(String id) {
        return "id: " + id + "\ntitle: Penduduk\nproducer: OPD\nkey-fields: [kode]\nschema: penduduk.avsc\n";
    }

    private void write(String file, String content) throws IOException {
        Path path = config.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    /** A file kind that only records what it is asked, and keeps the health a source would report through. */
    private static final class RecordingStarter implements SourceStarter {

        final List<String> calls = new ArrayList<>();
        SourceHealth health;

        @Override
        public String kind() {
            return "file";
        }

        @Override
        public void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth status) {
            calls.add("start " + pipeline.id());
            health = status;
        }

        @Override
        public void remove(String pipelineId) {
            calls.add("remove " + pipelineId);
        }

        @Override
        public void stop(String pipelineId) {
            calls.add("stop " + pipelineId);
        }

        @Override
        public void runNow(String pipelineId) {
            calls.add("run " + pipelineId);
        }

        @Override
        public void pause(String pipelineId) {
            calls.add("pause " + pipelineId);
        }

        @Override
        public void resume(String pipelineId) {
            calls.add("resume " + pipelineId);
        }
    }
}
