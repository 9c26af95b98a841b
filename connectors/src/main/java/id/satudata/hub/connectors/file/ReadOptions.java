package id.satudata.hub.connectors.file;

import id.satudata.hub.connectors.file.csv.CsvFormat;
import id.satudata.hub.connectors.file.table.Unpivot;
import java.nio.charset.Charset;

/**
 * How a pipeline's files are read, whatever their format; each format uses the options that concern it.
 *
 * @param format the declared format; {@code auto} is resolved per file
 * @param csv delimiter, quote, encoding and lines before the header of CSV files; its encoding is also that of
 *     JSON, JSON Lines and HTML files
 * @param sheet an XLSX file's sheet, by name or position from 1; {@code null} for the first
 * @param headerRow the header's row number in an XLSX sheet or HTML table, from 1
 * @param recordsPointer a JSON Pointer to the array of records in a JSON file; empty for a bare array
 * @param unpivot the columns read as one record each, or {@code null}
 */
public record ReadOptions(
        FileFormat format, CsvFormat csv, String sheet, int headerRow, String recordsPointer, Unpivot unpivot) {

    /** CSV files of this format, with no other option. */
    public static ReadOptions csv(CsvFormat csv) {
        return new ReadOptions(FileFormat.CSV, csv, null, 1, "", null);
    }

    public Charset encoding() {
        return csv.encoding();
    }
}
