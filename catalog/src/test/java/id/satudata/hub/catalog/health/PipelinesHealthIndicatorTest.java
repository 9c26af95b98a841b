package id.satudata.hub.catalog.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.catalog.pipeline.PipelineDirectory;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class PipelinesHealthIndicatorTest {

    @Test
    void shouldBeUpWhenNoPipelineFailed() {
        Health health = indicator(pipeline("a", "RUNNING", null), pipeline("b", "DEGRADED", "slow source"))
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsOnlyKeys("a", "b");
        assertThat((Map<String, Object>) health.getDetails().get("b")).containsEntry("message", "slow source");
    }

    @Test
    void shouldBeDownWhenOnePipelineFailed() {
        Health health = indicator(pipeline("a", "RUNNING", null), pipeline("b", "FAILED", "bad password"))
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((Map<String, Object>) health.getDetails().get("b"))
                .containsEntry("state", "FAILED")
                .containsEntry("dataset", "penduduk");
    }

    @Test
    void shouldBeUnknownWithoutPipelineDirectory() {
        var indicator =
                new PipelinesHealthIndicator(new StaticListableBeanFactory().getBeanProvider(PipelineDirectory.class));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
    }

    private static PipelinesHealthIndicator indicator(PipelineInfo... pipelines) {
        PipelineDirectory directory = new PipelineDirectory() {
            @Override
            public List<PipelineInfo> pipelines() {
                return List.of(pipelines);
            }

            @Override
            public Optional<PipelineInfo> pipeline(String id) {
                return pipelines().stream().filter(p -> p.id().equals(id)).findFirst();
            }
        };
        var beans = new StaticListableBeanFactory(Map.of("pipelineDirectory", directory));
        return new PipelinesHealthIndicator(beans.getBeanProvider(PipelineDirectory.class));
    }

    private static PipelineInfo pipeline(String id, String state, String message) {
        return new PipelineInfo(id, "penduduk", "file", state, message, Map.of());
    }
}
