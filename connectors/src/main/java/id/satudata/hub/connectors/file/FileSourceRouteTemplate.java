package id.satudata.hub.connectors.file;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/**
 * The route template of a file pipeline: poll the pipeline's inbox, ingest each file, then move it to the done
 * folder, or to the error folder when it cannot be read. Files whose name starts with '.' are still being written
 * and are left alone, so a producer copies to a dot-name and renames; a plain copy is picked up once its size stops
 * changing. Moved files get a time prefix, so that a file of the same name dropped again never overwrites one.
 */
public final class FileSourceRouteTemplate extends RouteBuilder {

    public static final String TEMPLATE_ID = "file-source";
    static final String INGESTION_BEAN = "fileIngestion";
    static final String FILTER_BEAN = "includedFiles";
    static final String POLL_STRATEGY_BEAN = "inboxPollStrategy";
    private static final String MOVED_NAME = "/${date:now:yyyyMMdd-HHmmssSSS}-${file:name}";

    @Override
    public void configure() {
        // spotless:off
        routeTemplate(TEMPLATE_ID)
            .templateParameter("inbox")
            .templateParameter("done")
            .templateParameter("error")
            .templateParameter("delayMillis")
            .from("file:{{inbox}}?delay={{delayMillis}}&initialDelay=0&filter=#{{" + FILTER_BEAN + "}}"
                    + "&pollStrategy=#{{" + POLL_STRATEGY_BEAN + "}}"
                    + "&readLock=changed&readLockCheckInterval=200&readLockMinLength=0"
                    + "&move={{done}}" + MOVED_NAME + "&moveFailed={{error}}" + MOVED_NAME)
                // a producer's unreadable file is no system error: its run and the log already say why, once
                .onException(UnreadableFileException.class).logExhausted(false).logStackTrace(false).end()
                .process("{{" + INGESTION_BEAN + "}}").id("ingest-file");
        // spotless:on
    }

    /** Adds the route {@code ingest-<pipelineId>} of one file pipeline to a context that has this template. */
    public static void addRoute(
            CamelContext context,
            String pipelineId,
            Path inbox,
            Path done,
            Path error,
            Duration pollInterval,
            Predicate<String> includes,
            FileIngestion ingestion)
            throws Exception {
        addRoute(
                context,
                pipelineId,
                new Folders(inbox, done, error),
                pollInterval,
                includes,
                ingestion,
                new DefaultPollingConsumerPollStrategy());
    }

    /** The inbox a pipeline's files land in, and the folders they move to once read (done) or not (error). */
    public record Folders(Path inbox, Path done, Path error) {}

    /**
     * Adds the route {@code ingest-<pipelineId>} of a pipeline whose files land in its inbox; {@code pollStrategy}
     * runs around each look at the inbox, e.g. to fetch files from elsewhere first.
     */
    public static void addRoute(
            CamelContext context,
            String pipelineId,
            Folders folders,
            Duration pollInterval,
            Predicate<String> includes,
            FileIngestion ingestion,
            PollingConsumerPollStrategy pollStrategy)
            throws Exception {
        TemplatedRouteBuilder.builder(context, TEMPLATE_ID)
                .routeId("ingest-" + pipelineId)
                .parameter("inbox", folders.inbox().toAbsolutePath().toString())
                .parameter("done", folders.done().toAbsolutePath().toString())
                .parameter("error", folders.error().toAbsolutePath().toString())
                .parameter("delayMillis", String.valueOf(pollInterval.toMillis()))
                .bean(INGESTION_BEAN, new FileIngestionProcessor(ingestion))
                .bean(FILTER_BEAN, new IncludedFiles(includes))
                .bean(POLL_STRATEGY_BEAN, pollStrategy)
                .add();
    }
}
