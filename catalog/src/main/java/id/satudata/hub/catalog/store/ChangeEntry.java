package id.satudata.hub.catalog.store;

/**
 * One entry of a dataset's change log as an outlet reads it.
 *
 * @param seq the entry's place in the dataset's gapless, commit-ordered sequence, from 1
 * @param op {@code 'c'} created, {@code 'u'} updated, {@code 'd'} deleted
 * @param recordKey the record's key ({@link RecordKey}): its key field values joined with {@code ':'}
 * @param payload the record as Avro binary under {@code schemaVersion} ({@link RecordPayload}); {@code null} for a
 *     delete
 * @param schemaVersion the version of the dataset's value subject the payload was written with
 */
public record ChangeEntry(long seq, char op, String recordKey, byte[] payload, int schemaVersion) {

    public static final char DELETED = 'd';

    public boolean isDelete() {
        return op == DELETED;
    }
}
