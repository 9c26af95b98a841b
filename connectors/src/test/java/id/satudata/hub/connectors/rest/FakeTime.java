package id.satudata.hub.connectors.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Time that passes only when a source sleeps or a test moves it on, so that waits are checked without waiting. */
final class FakeTime implements TimeSource {

    final List<Duration> sleeps = new ArrayList<>();
    private Instant now = Instant.parse("2025-06-02T08:00:00Z");
    private long nanos;

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
        nanos += duration.toNanos();
    }
}
