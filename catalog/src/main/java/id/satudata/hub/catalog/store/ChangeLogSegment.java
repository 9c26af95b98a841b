package id.satudata.hub.catalog.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.generic.GenericRecord;

/**
 * Creates of consecutive sequences kept as one change-log row on PostgreSQL (ADR-0001, amendment "segments"): the
 * row's {@code seq} is the last sequence, {@code seq_first} the first, and its payload holds each entry's key and
 * Avro payload in order, each as a 4-byte length and its bytes. A bulk load then writes one row and one index entry
 * per {@link #MAX_ENTRIES} records instead of one per record; readers see the same entries either way.
 */
final class ChangeLogSegment {

    /** Entries per row: enough to make the per-row costs vanish, few enough that a feed page reads little more. */
    static final int MAX_ENTRIES = 1000;

    private ChangeLogSegment() {}

    /** Appends one entry, key then payload, to the packed payload of a segment being built. */
    static void append(CopyBuffer segment, String key, RecordPayload payload, GenericRecord record) {
        segment.writeUtf8Field(key);
        payload.writeCopyField(record, segment);
    }

    /**
     * The entries of a segment row after {@code afterSeq}, at most {@code limit} of them, appended to {@code into}.
     */
    static void read(
            long firstSeq,
            long lastSeq,
            byte[] packed,
            int schemaVersion,
            long afterSeq,
            int limit,
            List<ChangeEntry> into) {
        ByteBuffer entries = ByteBuffer.wrap(packed);
        for (long seq = firstSeq; seq <= lastSeq && into.size() < limit; seq++) {
            String key = new String(field(entries), StandardCharsets.UTF_8);
            byte[] payload = field(entries);
            if (seq > afterSeq) {
                into.add(new ChangeEntry(seq, 'c', key, payload, schemaVersion));
            }
        }
    }

    private static byte[] field(ByteBuffer entries) {
        byte[] bytes = new byte[entries.getInt()];
        entries.get(bytes);
        return bytes;
    }
}
