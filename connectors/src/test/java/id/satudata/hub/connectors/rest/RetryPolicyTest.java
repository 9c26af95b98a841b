package id.satudata.hub.connectors.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");

    @Test
    void shouldDoubleTheBackoffPerRetryUpToTheMaximumWithARandomHalf() {
        RetryPolicy lowest = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.0);
        RetryPolicy highest = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.999_999);

        assertThat(lowest.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(lowest.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(highest.backoff(3)).isEqualTo(Duration.ofMillis(3999));
        assertThat(lowest.backoff(40)).isEqualTo(Duration.ofSeconds(5));
        assertThat(highest.backoff(40)).isEqualTo(Duration.ofMillis(9999));
    }

    @Test
    void shouldReadRetryAfterAsSecondsOrAsAnHttpDate() {
        assertThat(RetryPolicy.retryAfter(Optional.of("120"), NOW)).contains(Duration.ofMinutes(2));
        assertThat(RetryPolicy.retryAfter(Optional.of("Mon, 02 Jun 2025 08:00:45 GMT"), NOW))
                .contains(Duration.ofSeconds(45));
        assertThat(RetryPolicy.retryAfter(Optional.of("Mon, 02 Jun 2025 07:00:00 GMT"), NOW))
                .contains(Duration.ZERO);
        assertThat(RetryPolicy.retryAfter(Optional.of("soon"), NOW)).isEmpty();
        assertThat(RetryPolicy.retryAfter(Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void shouldRetryTimeoutsTooManyRequestsAndServerErrorsOnly() {
        assertThat(RetryPolicy.retriable(408)).isTrue();
        assertThat(RetryPolicy.retriable(429)).isTrue();
        assertThat(RetryPolicy.retriable(500)).isTrue();
        assertThat(RetryPolicy.retriable(503)).isTrue();
        assertThat(RetryPolicy.retriable(400)).isFalse();
        assertThat(RetryPolicy.retriable(401)).isFalse();
        assertThat(RetryPolicy.retriable(403)).isFalse();
        assertThat(RetryPolicy.retriable(404)).isFalse();
    }
}
