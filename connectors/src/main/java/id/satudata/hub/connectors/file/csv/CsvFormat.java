package id.satudata.hub.connectors.file.csv;

import java.nio.charset.Charset;

/**
 * How a pipeline's CSV files are written.
 *
 * @param delimiter the field separator, or {@code null} to detect it in each file ({@code delimiter: auto})
 * @param skipLines lines before the header row, such as a title
 */
public record CsvFormat(Character delimiter, char quote, Charset encoding, int skipLines) {

    /** The same format with the delimiter detected in one file. */
    public CsvFormat withDelimiter(char detected) {
        return new CsvFormat(detected, quote, encoding, skipLines);
    }
}
