package id.satudata.hub.connectors.file;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a CSV file, named by its header row; shared by every row of the file. */
final class CsvHeader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<String> names;
    private final Map<String, Integer> positions;

    private CsvHeader(List<String> names) {
        this.names = names;
        this.positions = new HashMap<>(names.size() * 2);
        for (int i = names.size() - 1; i >= 0; i--) {
            positions.put(names.get(i), i); // the first of two equal names wins
        }
    }

    /** The header of a row of names, trimmed, without a byte-order mark that a decoder left in front. */
    static CsvHeader of(List<String> fields) {
        String[] names = new String[fields.size()];
        for (int i = 0; i < names.length; i++) {
            String name = fields.get(i);
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
                name = name.substring(1);
            }
            names[i] = name.trim();
        }
        return new CsvHeader(List.of(names));
    }

    int size() {
        return names.size();
    }

    String name(int position) {
        return names.get(position);
    }

    /** The position of a column, or -1. */
    int position(String name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }

    List<String> missing(List<String> required) {
        return required.stream().filter(name -> !positions.containsKey(name)).toList();
    }

    List<String> names() {
        return names;
    }
}
