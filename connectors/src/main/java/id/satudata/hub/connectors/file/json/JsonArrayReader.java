package id.satudata.hub.connectors.file.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import id.satudata.hub.connectors.file.CountedText;
import id.satudata.hub.connectors.file.RecordReader;
import id.satudata.hub.connectors.file.TextFiles;
import id.satudata.hub.connectors.file.UnreadableFileException;
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
 * Streams the objects of a JSON array, token by token, so a file of any size reads in constant memory: the whole file
 * is the array, or {@code recordsPointer} (a JSON Pointer such as {@code /result/records}, as in a CKAN
 * {@code datastore_search} answer) names it. An item that is not an object is quarantined; JSON that is malformed
 * fails the file with the line and column where it broke, since nothing after that point can be trusted.
 */
public final class JsonArrayReader implements RecordReader {

    private final String fileName;
    private final Charset encoding;
    private final JsonParser parser;
    private final CountedText text;
    private long index;
    private boolean ended;

    public JsonArrayReader(Path file, Charset encoding, String recordsPointer) {
        this.fileName = String.valueOf(file.getFileName());
        this.encoding = encoding;
        try {
            this.text = TextFiles.open(file, encoding);
            this.parser = JsonObjects.FACTORY.createParser(text);
            JsonPointerSeek.toArray(parser, recordsPointer, fileName);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public Optional<List<String>> columns() {
        return Optional.empty();
    }

    @Override
    public SourceRecord next() {
        if (ended) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                ended = true;
                return null;
            }
            index++;
            if (token == JsonToken.START_OBJECT) {
                return SourceRecord.of(index, new JsonRecord(JsonObjects.read(parser)));
            }
            String text = token.isStructStart() ? JsonObjects.asText(parser) : parser.getText();
            return new SourceRecord(index, new JsonRecord(Map.of("item", text)), notAnObject(token, text));
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private Violation notAnObject(JsonToken token, String text) {
        return new Violation(
                "*",
                text,
                "json",
                "item " + index + " of the array is " + JsonPointerSeek.describe(token) + ", not an object of fields");
    }

    private UnreadableFileException unreadable(Exception e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new UnreadableFileException(
                    fileName + " is not valid JSON" + where + ", after record " + index + ": "
                            + json.getOriginalMessage(),
                    e);
        }
        return TextFiles.unreadable(fileName, encoding, "after record " + index, "JSON", e);
    }

    @Override
    public long bytesRead() {
        return text.bytesRead();
    }

    @Override
    public void close() {
        TextFiles.close(parser);
    }
}
