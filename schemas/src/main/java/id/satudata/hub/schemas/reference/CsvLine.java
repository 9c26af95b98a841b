package id.satudata.hub.schemas.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of the reference CSV files: comma-separated, double quotes around a cell with commas
 * ({@code "Lubuk Pakam I,II"}), a doubled quote inside quotes. The files have no line breaks inside cells.
 */
final class CsvLine {

    private CsvLine() {}

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>(5);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
