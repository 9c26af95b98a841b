package id.satudata.hub.connectors.file.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the cells of one HTML table into its {@link Grid}, row by row. A cell holding tables contributes their
 * grids stacked, so a portal's split layout (BPS web tables put the row labels and the values in side-by-side inner
 * tables, each with its own header table above) comes out as the one table it shows. A row is as tall as its tallest
 * cell, and a plain cell in it fills that height, as it does on screen; {@code rowspan} and {@code colspan} fill
 * every slot they cover with the cell's text, so a merged label names every row and column under it.
 */
final class TableBuilder {

    /** One cell being read: its text, its spans and the tables inside it. */
    static final class Cell {
        final StringBuilder text = new StringBuilder();
        final List<Grid> tables = new ArrayList<>();
        final int rowspan;
        final int colspan;

        Cell(int rowspan, int colspan) {
            this.rowspan = rowspan;
            this.colspan = colspan;
        }

        String value() {
            return text.toString()
                    .replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ")
                    .strip();
        }
    }

    final Grid grid = new Grid();
    private List<Cell> row;
    private Cell cell;
    /** Where the next row starts: below every row placed so far. */
    private int nextRow;

    void startRow() {
        endRow();
        row = new ArrayList<>();
    }

    void startCell(int rowspan, int colspan) {
        endCell();
        if (row == null) {
            row = new ArrayList<>();
        }
        cell = new Cell(rowspan, colspan);
        row.add(cell);
    }

    /** The open cell, or {@code null} between cells. */
    Cell cell() {
        return cell;
    }

    void endCell() {
        cell = null;
    }

    /** A table directly inside this one, outside any cell, stacks below the rows before it. */
    void stack(Grid table) {
        endRow();
        grid.place(nextRow, 0, table);
        nextRow = grid.height();
    }

    /** Places the open row's cells; the rows above {@link #finishedRows()} can no longer change. */
    void endRow() {
        endCell();
        if (row == null) {
            return;
        }
        int height = 1;
        for (Cell each : row) {
            height = Math.max(height, stackedHeight(each));
        }
        int column = 0;
        for (Cell each : row) {
            while (grid.occupied(nextRow, column)) {
                column++;
            }
            column += each.tables.isEmpty() ? placeText(each, column, height) : placeTables(each, column);
        }
        row = null;
        nextRow += height;
    }

    int finishedRows() {
        return nextRow;
    }

    private int placeText(Cell each, int column, int height) {
        String value = each.value();
        for (int r = 0; r < height + each.rowspan - 1; r++) {
            for (int c = 0; c < each.colspan; c++) {
                grid.fill(nextRow + r, column + c, value);
            }
        }
        return each.colspan;
    }

    private int placeTables(Cell each, int column) {
        int top = nextRow;
        int width = 1;
        for (Grid table : each.tables) {
            grid.place(top, column, table);
            top += table.height();
            width = Math.max(width, table.width());
        }
        return width;
    }

    private static int stackedHeight(Cell each) {
        return each.tables.stream().mapToInt(Grid::height).sum();
    }
}
