package id.satudata.hub.connectors.ingest;

import id.satudata.hub.connectors.config.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a source's poll when it is due, on the ticks of a timer: once per poll interval while the source works; after
 * a transient failure again after a {@link Backoff}, with the pipeline shown as retrying; after a permanent failure
 * never again, with the pipeline shown as failed. Keeping the schedule here, not in the timer, lets a source
 * polled hourly retry a lost connection within seconds, and lets a stopping route end between ticks.
 */
public final class RetryingPoller {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingPoller.class);

    private final String name;
    private final Runnable poll;
    private final FailureClassifier classifier;
    private final SourceHealth status;
    private final Duration interval;
    private final Backoff backoff;
    private final Clock clock;
    // volatile: pollNow, from another thread, must not wait for a poll under way, which holds the lock
    private volatile Instant due = Instant.MIN;
    private int failures;
    private volatile boolean stopped;

    public RetryingPoller(
            String name,
            Runnable poll,
            FailureClassifier classifier,
            SourceHealth status,
            Duration interval,
            Backoff backoff,
            Clock clock) {
        this.name = name;
        this.poll = poll;
        this.classifier = classifier;
        this.status = status;
        this.interval = interval;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Polls if due; never throws, since the failure is reported through the status. */
    public synchronized void tick() {
        if (stopped || clock.instant().isBefore(due)) {
            return;
        }
        try {
            poll.run();
            if (failures > 0) {
                LOG.info("{}: the source works again after {} failed attempts", name, failures);
                status.healthy();
            }
            failures = 0;
            due = clock.instant().plus(interval);
        } catch (RuntimeException failure) {
            String reason = describe(failure);
            if (classifier.classify(failure) == FailureKind.TRANSIENT) {
                failures++;
                Duration wait = backoff.after(failures);
                LOG.warn("{}: attempt {} failed, retrying in {}: {}", name, failures, wait, reason);
                status.degraded(reason + "; retrying in " + Durations.format(wait));
                due = clock.instant().plus(wait);
            } else {
                LOG.error("{}: stopped by a failure that retrying cannot fix: {}", name, reason);
                stopped = true;
                status.failed(reason);
            }
        }
    }

    /**
     * Makes the next tick poll, whatever the schedule, unless a permanent failure stopped the poller; a poll under
     * way is not disturbed (and counts as the poll asked for). Returns whether a poll will come.
     */
    public boolean pollNow() {
        if (stopped) {
            return false;
        }
        due = Instant.MIN;
        return true;
    }

    /** The failure's own message, or its first cause's that has one. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
