package id.satudata.hub.connectors.file.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of slots as a table renders them, spans expanded: a cell spanning two columns fills two slots. Rows already
 * handed out are dropped ({@link #takeRowsBefore}), so a long table streams while its rows are placed.
 */
final class Grid {

    private final List<List<String>> rows = new ArrayList<>();
    private int firstRow;

    /** Rows placed so far, including those already taken. */
    int height() {
        return firstRow + rows.size();
    }

    int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    boolean occupied(int row, int column) {
        List<String> slots = row - firstRow < rows.size() ? rows.get(row - firstRow) : null;
        return slots != null && column < slots.size() && slots.get(column) != null;
    }

    /** Fills a slot that is still free; a slot is taken by the first cell that covers it, as in HTML. */
    void fill(int row, int column, String value) {
        while (height() <= row) {
            rows.add(new ArrayList<>());
        }
        List<String> slots = rows.get(row - firstRow);
        while (slots.size() <= column) {
            slots.add(null);
        }
        if (slots.get(column) == null) {
            slots.set(column, value);
        }
    }

    /** Places another grid with its top-left slot at {@code (row, column)}. */
    void place(int row, int column, Grid block) {
        for (int r = 0; r < block.rows.size(); r++) {
            List<String> slots = block.rows.get(r);
            for (int c = 0; c < slots.size(); c++) {
                fill(row + r, column + c, slots.get(c) == null ? "" : slots.get(c));
            }
        }
    }

    /** Removes and returns the rows above {@code row}, free slots as empty values. */
    List<List<String>> takeRowsBefore(int row) {
        List<List<String>> taken = new ArrayList<>();
        while (firstRow < row && !rows.isEmpty()) {
            taken.add(rows.remove(0).stream().map(v -> v == null ? "" : v).toList());
            firstRow++;
        }
        return taken;
    }
}
