package id.satudata.hub.connectors.file;

import java.nio.charset.Charset;

/**
 * How a pipeline's CSV files are written.
 *
 * @param skipLines lines before the header row, such as the empty first line of some BPS exports
 */
public record CsvFormat(char delimiter, char quote, Charset encoding, int skipLines) {}
