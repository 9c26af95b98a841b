package id.satudata.hub.connectors.file.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a table (a CSV file, a sheet, an HTML table), named by its header row; shared by every row. */
public final class Header {

    private final List<String> names;
    private final Map<String, Integer> positions;
    /**
     * The names asked for so far, matched by identity before the map: conform asks for the same strings of its
     * mapping at every row of a file, and an identity match skips hashing and comparing them. Replaced whole when a
     * name is added, so any thread reads a consistent pair.
     */
    private volatile Asked asked = new Asked(new String[0], new int[0]);

    private record Asked(String[] names, int[] positions) {

        Asked plus(String name, int position) {
            String[] moreNames = Arrays.copyOf(names, names.length + 1);
            int[] morePositions = Arrays.copyOf(positions, positions.length + 1);
            moreNames[names.length] = name;
            morePositions[names.length] = position;
            return new Asked(moreNames, morePositions);
        }
    }

    /** Enough for the fields of any mapping; names asked beyond it are looked up in the map each time. */
    private static final int MOST_ASKED = 64;

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
        Asked known = asked;
        for (int i = 0; i < known.names().length; i++) {
            if (known.names()[i] == name) {
                return known.positions()[i];
            }
        }
        Integer position = positions.get(name);
        int found = position == null ? -1 : position;
        if (known.names().length < MOST_ASKED) {
            asked = known.plus(name, found);
        }
        return found;
    }

    public List<String> names() {
        return names;
    }
}
