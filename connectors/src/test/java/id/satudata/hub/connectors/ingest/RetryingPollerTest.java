package id.satudata.hub.connectors.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingPollerTest {

    private Instant now = Instant.parse("2024-01-01T00:00:00Z");
    private final List<String> statuses = new ArrayList<>();
    private final Deque<RuntimeException> failures = new ArrayDeque<>();
    private int polls;

    private final RetryingPoller poller = new RetryingPoller(
            "pipeline p",
            () -> {
                polls++;
                if (!failures.isEmpty()) {
                    throw failures.pop();
                }
            },
            failure -> failure instanceof IllegalStateException ? FailureKind.PERMANENT : FailureKind.TRANSIENT,
            new SourceHealth() {
                @Override
                public void healthy() {
                    statuses.add("recovered");
                }

                @Override
                public void degraded(String message) {
                    statuses.add(message);
                }

                @Override
                public void failed(String reason) {
                    statuses.add("failed: " + reason);
                }
            },
            Duration.ofMinutes(10),
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4)),
            new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            });

    @Test
    void shouldPollOncePerIntervalWhileTheSourceWorks() {
        poller.tick();
        later(Duration.ofMinutes(9));
        poller.tick();
        later(Duration.ofMinutes(1));
        poller.tick();

        assertThat(polls).isEqualTo(2);
        assertThat(statuses).isEmpty();
    }

    @Test
    void shouldRetryTransientFailuresWithDoublingBackoffWellBeforeTheIntervalThenRecover() {
        failures.add(new UncheckedConnectionLost("Connection refused"));
        failures.add(new UncheckedConnectionLost("Connection refused"));
        failures.add(new UncheckedConnectionLost("Connection refused"));
        failures.add(new UncheckedConnectionLost("Connection refused"));

        for (int second = 0; second <= 12; second++) {
            poller.tick();
            later(Duration.ofSeconds(1));
        }

        assertThat(statuses)
                .containsExactly(
                        "Connection refused; retrying in 1s",
                        "Connection refused; retrying in 2s",
                        "Connection refused; retrying in 4s",
                        "Connection refused; retrying in 4s",
                        "recovered");
        assertThat(polls).isEqualTo(5);
    }

    @Test
    void shouldStopAtOnceOnAPermanentFailure() {
        failures.add(new IllegalStateException("password authentication failed"));

        poller.tick();
        later(Duration.ofHours(1));
        poller.tick();

        assertThat(statuses).containsExactly("failed: password authentication failed");
        assertThat(polls).isEqualTo(1);
    }

    private void later(Duration duration) {
        now = now.plus(duration);
    }

    private static final class UncheckedConnectionLost extends RuntimeException {
        UncheckedConnectionLost(String message) {
            super(message);
        }
    }
}
