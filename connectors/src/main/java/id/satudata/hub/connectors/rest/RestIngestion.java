package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of a REST pipeline, as a run: reads page after page and commits each page's records together with the
 * position naming the page after it (and the watermark so far), so that a run that fails keeps what it committed
 * and the next one resumes after its last committed page. A run that reads the last page commits the highest
 * watermark, which the next run sends so as to get only what changed. Failures end the run with their reason (no
 * secrets) and show in the pipeline's state: degraded when retrying may help, failed when someone has to act.
 */
public final class RestIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(RestIngestion.class);

    private final String pipelineId;
    private final RestSource source;
    private final IngestSink sink;
    private final SourceHealth health;

    RestIngestion(String pipelineId, RestSource source, IngestSink sink, SourceHealth health) {
        this.pipelineId = pipelineId;
        this.source = source;
        this.sink = sink;
        this.health = health;
    }

    /**
     * Runs one poll to its end or its failure; never throws, since the run and the pipeline's state say why. Polls
     * on the schedule and polls asked for through the API take turns, so that a source never sees two at once.
     */
    public synchronized void poll() {
        RestPosition start = RestPosition.parse(sink.position());
        URI first = source.pageUri(start.next(), start.watermark());
        long runId = sink.startRun(source.client().describe(first));
        try {
            long read = readPages(runId, start);
            sink.succeeded(runId, null);
            health.healthy();
            LOG.info("pipeline {}: run {} read {} records", pipelineId, runId, read);
        } catch (RuntimeException e) {
            String message = source.mask().mask(e.getMessage());
            LOG.warn("pipeline {}: run {} failed: {}", pipelineId, runId, message);
            boolean retriable = e instanceof RestSourceException failure && failure.retriable();
            try {
                sink.failed(runId, message);
            } finally {
                if (retriable) {
                    health.degraded(message + "; the next poll tries again");
                } else {
                    health.failed(message);
                }
            }
        }
    }

    private long readPages(long runId, RestPosition start) {
        if (start.resumes()) {
            LOG.info("pipeline {}: resuming after the last committed page, at {}", pipelineId, start.next());
        }
        String pointer = start.next();
        String highest = start.highest();
        long read = 0;
        while (true) {
            URI uri = source.pageUri(pointer, start.watermark());
            Page page = source.reader()
                    .read(uri, source.client().describe(uri), source.client().get(uri), read);
            read += page.records().size();
            highest = source.highest(highest, page.records());
            // an empty page ends the data whatever the paging: some APIs (CKAN's) link on from the last page
            Optional<String> next = page.records().isEmpty()
                    ? Optional.empty()
                    : source.pagination().next(pointer, page);
            if (next.isPresent() && next.get().equals(pointer)) {
                throw RestSourceException.permanent(
                        "page " + page.description() + " points to itself as the next page; paging stops here");
            }
            RestPosition position = next.isPresent()
                    ? new RestPosition(next.get(), start.watermark(), highest)
                    : RestPosition.complete(start.watermark(), highest);
            sink.accept(runId, page.records(), position.toString());
            health.healthy();
            if (next.isEmpty()) {
                return read;
            }
            pointer = next.get();
        }
    }
}
