package id.satudata.hub.connectors.push;

import id.satudata.hub.connectors.file.ReadOptions;
import id.satudata.hub.connectors.file.RecordReader;
import id.satudata.hub.connectors.file.RecordReaders;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every record of a pushed body before any is applied, so that a body that breaks after many good records
 * applies none of them. Unlike a dropped file, whose unreadable rows are quarantined, a pushed body with a record that
 * does not parse (a line that is not JSON, a CSV row with the wrong number of values) is refused whole with where
 * it broke: the agency's system is there to send it again, fixed.
 */
public final class PushedRecords {

    private PushedRecords() {}

    /**
     * @param requiredColumns the source fields the pipeline's mapping reads, which a CSV header must have
     * @throws MalformedBodyException saying which record broke and where
     */
    public static List<SourceRecord> readAll(PushBody body, ReadOptions options, List<String> requiredColumns) {
        List<SourceRecord> records = new ArrayList<>();
        try (RecordReader reader = RecordReaders.open(body.file(), options, requiredColumns)) {
            for (SourceRecord record = reader.next(); record != null; record = reader.next()) {
                if (record.unreadable() != null) {
                    throw new MalformedBodyException(
                            "Record " + record.index() + " of the body does not parse: "
                                    + record.unreadable().message(),
                            record.index(),
                            null);
                }
                records.add(record);
            }
            return records;
        } catch (UnreadableFileException e) {
            String problem = e.getCause() instanceof CharacterCodingException
                    ? "The body is not valid " + options.encoding().name() + " text after record " + records.size()
                            + "; name its character set in the Content-Type, e.g. text/csv; charset=windows-1252"
                    : "The " + e.getMessage();
            throw new MalformedBodyException(problem, records.size(), e);
        }
    }
}
