package id.satudata.hub.connectors.file.table;

import id.satudata.hub.connectors.file.RecordReader;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a wide file as a long one, see {@link Unpivot}: each source record becomes one record per unpivoted column,
 * in column order, so a file of {@code r} rows and {@code c} unpivoted columns reads as exactly {@code r x c}
 * records (an empty cell still makes its record; conform decides whether the dataset allows it). Records are numbered
 * anew, so that a crashed file resumes after its committed unpivoted records like any other.
 */
public final class UnpivotingReader implements RecordReader {

    private final RecordReader source;
    private final Unpivot unpivot;
    private final String fileName;
    /** The header's unpivoted columns, the same for every row; {@code null} when records name their own fields. */
    private final List<String> headerColumns;

    private SourceRecord current;
    private List<String> pending = List.of();
    private int next;
    private long index;

    public UnpivotingReader(RecordReader source, Unpivot unpivot, String fileName) {
        this.source = source;
        this.unpivot = unpivot;
        this.fileName = fileName;
        this.headerColumns = source.columns().map(this::unpivotedColumns).orElse(null);
    }

    private List<String> unpivotedColumns(List<String> header) {
        List<String> unpivoted = header.stream().filter(unpivot::unpivots).toList();
        if (unpivoted.isEmpty()) {
            throw new UnreadableFileException(fileName + ": no column matches the unpivot pattern '"
                    + unpivot.columns().pattern() + "'; the header has " + header);
        }
        return unpivoted;
    }

    @Override
    public Optional<List<String>> columns() {
        return source.columns().map(columns -> {
            List<String> kept = new ArrayList<>(
                    columns.stream().filter(column -> !unpivot.unpivots(column)).toList());
            kept.add(unpivot.nameField());
            kept.add(unpivot.valueField());
            return List.copyOf(kept);
        });
    }

    @Override
    public SourceRecord next() {
        while (next == pending.size()) {
            current = source.next();
            if (current == null) {
                return null;
            }
            pending = headerColumns != null
                    ? headerColumns
                    : current.raw().asMap().keySet().stream()
                            .filter(unpivot::unpivots)
                            .toList();
            next = 0;
        }
        String column = pending.get(next++);
        return new SourceRecord(++index, new UnpivotedRecord(current.raw(), unpivot, column), current.unreadable());
    }

    @Override
    public long bytesRead() {
        return source.bytesRead();
    }

    @Override
    public void close() {
        source.close();
    }
}
