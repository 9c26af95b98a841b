package id.satudata.hub.connectors.file;

import id.satudata.hub.connectors.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.List;

/** Every record of a reader, which it closes: what the readers' tests look at. */
public final class ReadAll {

    private ReadAll() {}

    public static List<SourceRecord> records(RecordReader reader) {
        List<SourceRecord> records = new ArrayList<>();
        try (reader) {
            for (SourceRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
