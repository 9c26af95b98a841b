package id.satudata.hub.connectors.file.xlsx;

import id.satudata.hub.connectors.file.RecordReader;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.file.table.Header;
import id.satudata.hub.connectors.file.table.TableRow;
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
 * {@code headerRow} as Excel numbers rows; the rows below it are records, empty ones passed over. Cell values: see
 * {@link XlsxCells}.
 */
public final class XlsxRecordReader implements RecordReader {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final Header header;
    private long index;

    /**
     * @param sheet the sheet's name, or its position (1 for the first) when no sheet has that name; {@code null}
     *     for the first sheet
     */
    public XlsxRecordReader(Path file, String sheet, int headerRow) {
        this.fileName = String.valueOf(file.getFileName());
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), WITH_FORMATS);
            this.stream = SheetChoice.find(workbook, sheet, fileName).openStream();
            this.rows = stream.iterator();
            this.header = readHeader(headerRow);
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw unreadable(e);
        }
    }

    private Header readHeader(int headerRow) {
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.getRowNum() > headerRow) {
                break;
            }
            if (row.getRowNum() == headerRow && !Header.isBlank(texts(row))) {
                return Header.of(texts(row));
            }
        }
        throw new UnreadableFileException(fileName + ": row " + headerRow + " of the sheet is empty, so it cannot be"
                + " the header; declare the header's row number in the pipeline (source.header-row)");
    }

    @Override
    public Optional<List<String>> columns() {
        return Optional.of(header.names());
    }

    @Override
    public SourceRecord next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> values = texts(row);
                if (!Header.isBlank(values)) {
                    return new TableRow(header, values, row.getRowNum()).toRecord(++index, false);
                }
            }
            return null;
        } catch (UncheckedIOException | ExcelReaderException e) {
            throw unreadable(e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            values.add(XlsxCells.text(row.getCell(i)));
        }
        return values;
    }

    private UnreadableFileException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return new UnreadableFileException(
                fileName + " cannot be read as an XLSX workbook after data row " + index + ": " + cause.getMessage(),
                cause);
    }

    @Override
    public void close() {
        try (workbook) {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
