package id.satudata.hub.catalog.store;

import java.util.List;

/**
 * A batch made ready for its transaction without touching the database: keys computed, split into segments of
 * distinct keys, and the writer's own form (such as COPY text). Preparing the next batch while the previous one
 * commits keeps both the hub and the database busy.
 */
public final class PreparedBatch {

    private final String datasetId;
    private final IngestBatch batch;
    private final DatasetLayout layout;
    private final List<List<KeyedChange>> segments;
    private final Object written;

    PreparedBatch(
            String datasetId,
            IngestBatch batch,
            DatasetLayout layout,
            List<List<KeyedChange>> segments,
            Object written) {
        this.datasetId = datasetId;
        this.batch = batch;
        this.layout = layout;
        this.segments = segments;
        this.written = written;
    }

    public String datasetId() {
        return datasetId;
    }

    public IngestBatch batch() {
        return batch;
    }

    DatasetLayout layout() {
        return layout;
    }

    List<List<KeyedChange>> segments() {
        return segments;
    }

    Object written() {
        return written;
    }
}
