package id.satudata.hub.it.kafka;

import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.KafkaBroker;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHub;
import id.satudata.hub.it.support.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hubs of the benchmark's config ({@code bench-load-csv} into {@code bench-load}) relaying to a test broker. */
final class BenchHubs {

    static final String PIPELINE = "bench-load-csv";
    static final String DATASET = "bench-load";

    private BenchHubs() {}

    /** A hub on the embedded H2 under {@code dataDir}, publishing to topics {@code <prefix>.<dataset id>}. */
    static RunningHub start(Path dataDir, KafkaBroker broker, String prefix, String... moreArguments) {
        List<String> arguments = new ArrayList<>(
                List.of("--hub.kafka.bootstrap-servers=" + broker.bootstrapServers(), "--hub.topics.prefix=" + prefix));
        arguments.addAll(List.of(moreArguments));
        return RunningHub.start(dataDir, TestPaths.benchConfig(), HubDatabase.embeddedH2(), arguments);
    }

    /** Drops the file and waits for its run to finish. */
    static PipelineRun ingest(RunningHub hub, byte[] csv, String name) {
        long lastRun = hub.api().lastRunId(PIPELINE);
        hub.files(PIPELINE).drop(csv, name);
        return hub.api().awaitRunAfter(PIPELINE, lastRun);
    }
}
