package id.satudata.hub.catalog.api.change;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Holds feed requests that found nothing new without holding a request thread: the read is repeated every
 * {@link #CHECK_EVERY} on one shared scheduler until it finds changes or the wait ends, when the empty page is
 * answered. Reading again instead of listening to the store sees commits of every writer, on this node or another,
 * in whatever transaction they commit.
 */
@Component
class ChangeWaits implements DisposableBean {

    static final Duration CHECK_EVERY = Duration.ofMillis(200);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "change-feed-waits");
        thread.setDaemon(true);
        return thread;
    });

    DeferredResult<ChangePage> firstNonEmpty(Supplier<ChangePage> read, Duration wait) {
        ChangePage first = read.get();
        // the request's own timeout is a backstop; the scheduled read answers the empty page at the deadline
        DeferredResult<ChangePage> result = new DeferredResult<>(wait.toMillis() + 5_000L);
        if (!first.changes().isEmpty() || wait.isZero()) {
            result.setResult(first);
            return result;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(scheduler.scheduleWithFixedDelay(
                () -> {
                    if (result.isSetOrExpired()) {
                        task.get().cancel(false);
                        return;
                    }
                    try {
                        ChangePage page = read.get();
                        if (!page.changes().isEmpty() || System.nanoTime() >= deadline) {
                            result.setResult(page);
                        }
                    } catch (RuntimeException failure) {
                        result.setErrorResult(failure);
                    }
                },
                CHECK_EVERY.toMillis(),
                CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS));
        return result;
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
