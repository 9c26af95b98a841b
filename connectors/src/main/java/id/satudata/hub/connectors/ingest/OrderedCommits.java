package id.satudata.hub.connectors.ingest;

import id.satudata.hub.connectors.ingest.IngestSink.PreparedBatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Commits prepared batches one at a time, in order, on a thread of its own, while the source reads and prepares
 * the next batch: reading and conforming overlap the database's work instead of waiting for it. At most one batch
 * commits while one more is being prepared, so memory stays bounded. A failed commit surfaces on the next
 * {@link #submit} or on {@link #finish}, and nothing after it is committed.
 */
public final class OrderedCommits implements AutoCloseable {

    private final IngestSink sink;
    private final ExecutorService committer;
    private Future<?> inFlight;

    public OrderedCommits(IngestSink sink, String name) {
        this.sink = sink;
        this.committer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "commit-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Waits for the batch before to commit, then hands this one to the committer. */
    public void submit(PreparedBatch batch) {
        finish();
        inFlight = committer.submit(() -> sink.commit(batch));
    }

    /** Waits for the last submitted batch; rethrows its failure. */
    public void finish() {
        if (inFlight == null) {
            return;
        }
        Future<?> waiting = inFlight;
        inFlight = null;
        try {
            waiting.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a batch was committing", e);
        }
    }

    /** Lets a batch still committing end, as it would have without the failure that closes early, then stops. */
    @Override
    public void close() {
        committer.shutdown();
        try {
            while (!committer.awaitTermination(1, TimeUnit.MINUTES)) {
                // a commit holds a database transaction: it ends by itself, interrupting it would not end it sooner
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
