package id.satudata.hub.connectors.rest;

import java.time.Duration;

/**
 * Spaces a source's requests evenly so that an agency's API sees at most so many per second, retries included.
 * Thread-safe; a caller waits for its turn.
 */
final class RateLimiter {

    private final long intervalNanos;
    private final TimeSource time;
    private long nextFree = Long.MIN_VALUE;

    /** @param perSecond requests per second; 0 or less for no limit */
    RateLimiter(double perSecond, TimeSource time) {
        this.intervalNanos = perSecond <= 0 ? 0 : Math.round(1_000_000_000L / perSecond);
        this.time = time;
    }

    /** Waits until the next request may go. */
    synchronized void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long now = time.nanoTime();
        if (nextFree != Long.MIN_VALUE && nextFree > now) {
            time.sleep(Duration.ofNanos(nextFree - now));
            now = nextFree;
        }
        nextFree = now + intervalNanos;
    }
}
