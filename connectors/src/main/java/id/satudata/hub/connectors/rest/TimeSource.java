package id.satudata.hub.connectors.rest;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a REST source paces, backs off and caches tokens by; tests replace it to check waits without waiting.
 */
public interface TimeSource {

    /** The wall clock, for {@code Retry-After} dates and token expiry. */
    Instant now();

    /** A monotonic reading in nanoseconds, for pacing requests. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    static TimeSource system() {
        return new TimeSource() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration.toMillis());
            }
        };
    }
}
