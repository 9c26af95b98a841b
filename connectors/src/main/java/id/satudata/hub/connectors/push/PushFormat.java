package id.satudata.hub.connectors.push;

import id.satudata.hub.connectors.file.FileFormat;
import id.satudata.hub.connectors.file.ReadOptions;
import id.satudata.hub.connectors.file.csv.CsvFormat;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a pushed body is read, from its {@code Content-Type}: a JSON array of objects, JSON Lines, or CSV with a
 * header row, each in the {@code charset} the content type names (UTF-8 when it names none). The body is read by
 * the file source's own readers, so a pushed body and a dropped file of the same format read the same.
 */
public final class PushFormat {

    /** The content types taken, as a client writes them. */
    public static final List<String> ACCEPTED =
            List.of("application/json", "application/x-ndjson", "application/jsonl", "text/csv");

    private static final Map<String, FileFormat> FORMATS = Map.of(
            "application/json", FileFormat.JSON,
            "application/x-ndjson", FileFormat.JSONL,
            "application/jsonl", FileFormat.JSONL,
            "application/x-jsonlines", FileFormat.JSONL,
            "text/csv", FileFormat.CSV);

    private PushFormat() {}

    /** The read options of a body of this content type, CSV ones with the pipeline's delimiter and quote. */
    public static ReadOptions of(String contentType, PushSourceSettings settings) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("A body needs a Content-Type");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        FileFormat format = FORMATS.get(mediaType);
        if (format == null) {
            throw unsupported("Content type '" + mediaType + "' is not taken");
        }
        CsvFormat csv = new CsvFormat(settings.csvDelimiter(), settings.csvQuote(), charset(parts), 0);
        return new ReadOptions(format, csv, null, 1, "", null);
    }

    private static Charset charset(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] parameter = parameters[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                String name = parameter[1].trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw unsupported("Character set '" + name + "' is not known; use e.g. UTF-8 or windows-1252");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static UnsupportedBodyException unsupported(String problem) {
        return new UnsupportedBodyException(
                problem + "; send one of " + String.join(", ", ACCEPTED) + " (with a charset parameter if not UTF-8)",
                ACCEPTED);
    }
}
