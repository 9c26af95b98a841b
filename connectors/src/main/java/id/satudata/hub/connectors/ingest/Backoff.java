package id.satudata.hub.connectors.ingest;

import java.time.Duration;

/**
 * How long to wait before the next attempt after consecutive transient failures: doubling from {@code first} up to
 * {@code max}, so that a source that is down for a minute is tried a few times, and one down for a day once a
 * {@code max}.
 */
public record Backoff(Duration first, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    /** The wait after the {@code failures}-th consecutive failure, from 1. */
    public Duration after(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
