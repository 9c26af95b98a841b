package id.satudata.hub.catalog.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Applies a batch's changes to a dataset table and appends the real ones to the change log. */
interface ChangeWriter {

    /**
     * @param tx the batch transaction, holding the dataset row lock
     * @param segments the batch's changes in source order, split so that keys are distinct within a segment
     *     ({@link ChangeSegments})
     */
    WriteOutcome write(
            DSLContext tx,
            DatasetLayout layout,
            List<List<KeyedChange>> segments,
            Object prepared,
            WriteContext context);

    /**
     * The writer's form of the segments that needs no database, such as COPY text, computed before the batch
     * transaction so that it overlaps the previous batch's; {@code null} when the writer has none.
     */
    default Object prepare(DatasetLayout layout, List<List<KeyedChange>> segments) {
        return null;
    }

    /**
     * Where the changes go in the log and how they are stamped.
     *
     * @param lastSeq the dataset's last change sequence before this batch; the next change gets lastSeq + 1
     */
    record WriteContext(String datasetId, long lastSeq, String source, long runId, OffsetDateTime now) {}

    /** What the changes did; the others were unchanged. */
    record WriteOutcome(long inserted, long updated, long deleted) {

        long changes() {
            return inserted + updated + deleted;
        }

        WriteOutcome plus(WriteOutcome other) {
            return new WriteOutcome(inserted + other.inserted, updated + other.updated, deleted + other.deleted);
        }
    }
}
