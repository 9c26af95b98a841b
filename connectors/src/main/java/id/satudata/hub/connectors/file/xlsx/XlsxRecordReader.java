package id.satudata.hub.connectors.file.xlsx;

import id.satudata.hub.connectors.file.RecordReader;
import id.satudata.hub.connectors.file.TextFiles;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.file.table.HeaderedRows;
import id.satudata.hub.connectors.file.table.NumberedRows;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the rows of one sheet of an XLSX workbook, row by row as fastexcel parses the sheet's XML, so a large sheet
 * reads in constant memory (the workbook's shared strings are held once). The header is the row numbered
 * {@code headerRow} as Excel numbers rows (see {@link HeaderedRows}). Cell values: see {@link XlsxCells}.
 */
public final class XlsxRecordReader implements RecordReader {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final HeaderedRows records;

    /**
     * @param sheet the sheet's name, or its position (1 for the first) when no sheet has that name; {@code null}
     *     for the first sheet
     */
    public XlsxRecordReader(Path file, String sheet, int headerRow) {
        this.fileName = String.valueOf(file.getFileName());
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), WITH_FORMATS);
            this.stream = SheetChoice.find(workbook, sheet, fileName).openStream();
            this.records = new HeaderedRows(new SheetRows(stream.iterator()), headerRow, fileName, "the sheet");
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw unreadable(e, 0);
        }
    }

    @Override
    public Optional<List<String>> columns() {
        return Optional.of(records.columns());
    }

    @Override
    public SourceRecord next() {
        try {
            return records.next();
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw unreadable(e, records.index());
        }
    }

    /** The sheet's rows as fastexcel parses them, numbered as Excel numbers them. */
    private static final class SheetRows implements NumberedRows {

        private final Iterator<Row> rows;
        private long number;

        SheetRows(Iterator<Row> rows) {
            this.rows = rows;
        }

        @Override
        public List<String> next() {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            number = row.getRowNum();
            List<String> values = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                values.add(XlsxCells.text(row.getCell(i)));
            }
            return values;
        }

        @Override
        public long number() {
            return number;
        }
    }

    private UnreadableFileException unreadable(Exception e, long index) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return new UnreadableFileException(
                fileName + " cannot be read as an XLSX workbook after data row " + index + ": " + cause.getMessage(),
                cause);
    }

    @Override
    public void close() {
        stream.close();
        TextFiles.close(workbook);
    }
}
