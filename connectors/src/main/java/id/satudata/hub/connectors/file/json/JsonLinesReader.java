package id.satudata.hub.connectors.file.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import id.satudata.hub.connectors.file.CountedText;
import id.satudata.hub.connectors.file.RecordReader;
import id.satudata.hub.connectors.file.TextFiles;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.schemas.conform.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streams a JSON Lines file: one JSON object per line, blank lines passed over. Lines are independent, so a line that
 * is not a JSON object is quarantined with its line number and the file goes on; only bytes that are not text in the
 * declared encoding fail the file.
 */
public final class JsonLinesReader implements RecordReader {

    private static final int QUOTED_LINE_LIMIT = 500;

    private final String fileName;
    private final Charset encoding;
    private final CountedText lines;
    private long lineNumber;
    private long index;

    public JsonLinesReader(Path file, Charset encoding) {
        this.fileName = String.valueOf(file.getFileName());
        this.encoding = encoding;
        try {
            this.lines = TextFiles.open(file, encoding);
        } catch (IOException e) {
            throw TextFiles.unreadable(fileName, encoding, "at its start", "JSON Lines", e);
        }
    }

    @Override
    public Optional<List<String>> columns() {
        return Optional.empty();
    }

    @Override
    public SourceRecord next() {
        String line = nextLine();
        while (line != null && line.isBlank()) {
            line = nextLine();
        }
        return line == null ? null : parse(line, ++index);
    }

    private String nextLine() {
        try {
            String line = lines.readLine();
            lineNumber++;
            return line;
        } catch (IOException | UncheckedIOException e) {
            throw TextFiles.unreadable(fileName, encoding, "at line " + lineNumber, "JSON Lines", e);
        }
    }

    private SourceRecord parse(String line, long recordIndex) {
        try (JsonParser parser = JsonObjects.FACTORY.createParser(line)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return malformed(line, recordIndex, "is " + JsonPointerSeek.describe(first) + ", not a JSON object");
            }
            Map<String, Object> fields = JsonObjects.read(parser);
            JsonToken after = parser.nextToken();
            return after == null
                    ? SourceRecord.of(recordIndex, new JsonRecord(fields))
                    : malformed(line, recordIndex, "has more after its object: " + after.asString());
        } catch (JsonProcessingException e) {
            return malformed(
                    line,
                    recordIndex,
                    "is not valid JSON at column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourceRecord malformed(String line, long recordIndex, String problem) {
        String quoted = line.length() > QUOTED_LINE_LIMIT ? line.substring(0, QUOTED_LINE_LIMIT) + "…" : line;
        return new SourceRecord(
                recordIndex,
                new JsonRecord(Map.of("line", quoted)),
                new Violation("*", quoted, "json", "line " + lineNumber + " " + problem));
    }

    @Override
    public long bytesRead() {
        return lines.bytesRead();
    }

    @Override
    public void close() {
        TextFiles.close(lines);
    }
}
