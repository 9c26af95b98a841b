package id.satudata.hub.connectors.file;

import id.satudata.hub.connectors.file.csv.CsvRecordReader;
import id.satudata.hub.connectors.file.html.HtmlTableReader;
import id.satudata.hub.connectors.file.json.JsonArrayReader;
import id.satudata.hub.connectors.file.json.JsonLinesReader;
import id.satudata.hub.connectors.file.table.UnpivotingReader;
import id.satudata.hub.connectors.file.xlsx.XlsxRecordReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens the reader of a file's format, unpivoted when the pipeline says so, and checks before any record is read
 * that a file with a header has every column the mapping reads, so that a wrong file fails whole instead of
 * quarantining every row.
 */
public final class RecordReaders {

    private RecordReaders() {}

    public static RecordReader open(Path file, ReadOptions options, List<String> requiredColumns) {
        String name = String.valueOf(file.getFileName());
        RecordReader reader = formatReader(file, options);
        try {
            if (options.unpivot() != null) {
                reader = new UnpivotingReader(reader, options.unpivot(), name);
            }
            reader.columns().ifPresent(columns -> requireColumns(name, columns, requiredColumns));
            return reader;
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static RecordReader formatReader(Path file, ReadOptions options) {
        return switch (FileFormatDetector.resolve(options.format(), file)) {
            case CSV -> new CsvRecordReader(file, options.csv());
            case JSON -> new JsonArrayReader(file, options.encoding(), options.recordsPointer());
            case JSONL -> new JsonLinesReader(file, options.encoding());
            case XLSX -> new XlsxRecordReader(file, options.sheet(), options.headerRow());
            case HTML -> new HtmlTableReader(file, options.encoding(), options.headerRow());
            case AUTO -> throw new IllegalStateException("auto is resolved to a format first");
        };
    }

    private static void requireColumns(String name, List<String> columns, List<String> required) {
        List<String> missing =
                required.stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(name + ": the header lacks the column(s) " + missing
                    + " that the mapping reads; the header has " + columns);
        }
    }
}
