package id.satudata.hub.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.catalog.pipeline.PipelineInfo;
import id.satudata.hub.connectors.ingest.LoadProgress;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PipelineProgressTest {

    private final PipelineStates states = new PipelineStates();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PipelineProgress progress = new PipelineProgress(states, meters);

    @BeforeEach
    void declarePipeline() {
        states.put(new PipelineInfo("bps-csv", "bps", "file", PipelineStates.RUNNING, null, Map.of()));
    }

    @Test
    void shouldShowALoadUnderWayInTheDetailsAndGauges() {
        progress.progress("bps-csv", 7, new LoadProgress(500, null, 4096L, 10_000L));

        Map<?, ?> shown = detail();
        assertThat(shown.get("run")).isEqualTo(7L);
        assertThat(shown.get("rows_read")).isEqualTo(500L);
        assertThat(shown.get("rows_total")).isNull();
        assertThat(shown.get("bytes_read")).isEqualTo(4096L);
        assertThat(shown.get("bytes_total")).isEqualTo(10_000L);
        assertThat(shown.get("done")).isEqualTo(false);
        assertThat(gauge("hub.pipeline.progress.rows")).isEqualTo(500);
        assertThat(gauge("hub.pipeline.progress.total")).isNaN();
        assertThat(gauge("hub.pipeline.progress.active")).isEqualTo(1);
    }

    @Test
    void shouldMarkTheRunDoneWhenItEndsAndKeepItsStartTime() {
        progress.progress("bps-csv", 7, LoadProgress.rows(0, 1000L));
        Object startedAt = detail().get("started_at");
        progress.progress("bps-csv", 7, LoadProgress.rows(1000, 1000L));

        progress.ended("bps-csv", 7, "SUCCEEDED");

        assertThat(detail().get("started_at")).isEqualTo(startedAt);
        assertThat(detail().get("done")).isEqualTo(true);
        assertThat(detail().get("outcome")).isEqualTo("SUCCEEDED");
        assertThat(gauge("hub.pipeline.progress.total")).isEqualTo(1000);
        assertThat(gauge("hub.pipeline.progress.active")).isZero();
    }

    @Test
    void shouldLeaveTheLastLoadShownWhenARunWithoutProgressEnds() {
        progress.progress("bps-csv", 7, LoadProgress.rows(10, null));

        progress.ended("bps-csv", 8, "DUPLICATE");

        assertThat(detail().get("run")).isEqualTo(7L);
        assertThat(detail().get("done")).isEqualTo(false);
    }

    private Map<?, ?> detail() {
        return (Map<?, ?>) states.pipeline("bps-csv").orElseThrow().details().get("progress");
    }

    private double gauge(String name) {
        return meters.get(name).tag("pipeline", "bps-csv").gauge().value();
    }
}
