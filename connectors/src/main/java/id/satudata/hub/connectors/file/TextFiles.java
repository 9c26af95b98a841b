package id.satudata.hub.connectors.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens text files for the text formats (CSV, JSON, HTML) the same way: decoded strictly in the declared encoding, so
 * that a byte sequence not valid in it fails the file instead of silently becoming a replacement character, and
 * without the byte-order mark that spreadsheet programs write in front of UTF-8.
 */
public final class TextFiles {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextFiles() {}

    public static CountedText open(Path file, Charset encoding) throws IOException {
        // a new decoder reports malformed input, as Files.newBufferedReader's does
        CountedText reader = CountedText.of(Files.newInputStream(file), encoding.newDecoder());
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    /** Closes a reader's resource, a failure to close as an unchecked one: {@link RecordReader#close} throws none. */
    public static void close(Closeable resource) {
        try {
            resource.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unreadable-file failure for an exception met while reading, with advice when it is the encoding. */
    public static UnreadableFileException unreadable(
            String fileName, Charset encoding, String where, String format, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        String reason = cause instanceof CharacterCodingException
                ? " is not valid text in the declared encoding " + encoding.name() + " " + where
                        + "; declare the file's encoding in the pipeline (source.encoding, e.g. windows-1252)"
                : " cannot be read as " + format + " " + where + ": " + cause.getMessage();
        return new UnreadableFileException(fileName + reason, cause);
    }
}
