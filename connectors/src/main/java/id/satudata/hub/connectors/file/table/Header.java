package id.satudata.hub.connectors.file.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a table (a CSV file, a sheet, an HTML table), named by its header row; shared by every row. */
public final class Header {

    private final List<String> names;
    private final Map<String, Integer> positions;

    private Header(List<String> names) {
        this.names = names;
        this.positions = new HashMap<>(names.size() * 2);
        for (int i = names.size() - 1; i >= 0; i--) {
            positions.put(names.get(i), i); // the first of two equal names wins
        }
    }

    /** The header of a row of names, each trimmed. */
    public static Header of(List<String> fields) {
        return new Header(fields.stream().map(String::trim).toList());
    }

    /** Whether a row holds no name at all, like the {@code ;;;} line some BPS exports put above their header. */
    public static boolean isBlank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    public int size() {
        return names.size();
    }

    public String name(int position) {
        return names.get(position);
    }

    /** The position of a column, or -1. */
    public int position(String name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }

    public List<String> names() {
        return names;
    }
}
