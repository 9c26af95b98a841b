package id.satudata.hub.connectors.file;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;

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
        TemplatedRouteBuilder.builder(context, TEMPLATE_ID)
                .routeId("ingest-" + pipelineId)
                .parameter("inbox", inbox.toAbsolutePath().toString())
                .parameter("done", done.toAbsolutePath().toString())
                .parameter("error", error.toAbsolutePath().toString())
                .parameter("delayMillis", String.valueOf(pollInterval.toMillis()))
                .bean(INGESTION_BEAN, new FileIngestionProcessor(ingestion))
                .bean(FILTER_BEAN, new IncludedFiles(includes))
                .add();
    }
}
