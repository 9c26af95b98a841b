package id.satudata.hub.connectors.file.csv;

import id.satudata.hub.connectors.file.UnreadableFileException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Detects a CSV file's delimiter among {@code , ; tab |} from its first records (the header and a few rows): the
 * delimiter is the candidate that appears the same number of times, outside quotes, in every sampled record. A
 * decimal comma in a semicolon file does not fool it, because the header has no decimals. When no candidate or more
 * than one fits, the file fails with what was seen, since a guess would split every row wrongly.
 */
final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_RECORDS = 20;
    private static final int SAMPLE_CHARS = 64 * 1024;

    private DelimiterSniffer() {}

    static char detect(Reader text, char quote, String fileName) throws IOException {
        List<int[]> counts = sample(text, quote);
        List<Character> consistent = new ArrayList<>();
        boolean anySeen = false;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int first = counts.isEmpty() ? 0 : counts.get(0)[c];
            final int candidate = c;
            anySeen |= counts.stream().anyMatch(record -> record[candidate] > 0);
            if (first > 0 && counts.stream().allMatch(record -> record[candidate] == first)) {
                consistent.add(CANDIDATES[c]);
            }
        }
        if (consistent.size() == 1) {
            return consistent.get(0);
        }
        if (!anySeen) {
            return ','; // one column: no candidate appears, and any delimiter reads it the same
        }
        String seen = consistent.isEmpty()
                ? "none of , ; tab | splits its first " + counts.size() + " records into the same number of fields"
                : "each of " + consistent.stream().map(DelimiterSniffer::show).collect(Collectors.joining(" and "))
                        + " splits its first " + counts.size() + " records into the same number of fields";
        throw new UnreadableFileException(fileName + ": cannot detect the delimiter: " + seen
                + "; declare it in the pipeline (source.delimiter)");
    }

    /** Per sampled non-empty record, how often each candidate appears outside quotes. */
    private static List<int[]> sample(Reader text, char quote) throws IOException {
        List<int[]> records = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean empty = true;
        int ch = text.read();
        for (int read = 1; ch >= 0 && read < SAMPLE_CHARS && records.size() < SAMPLE_RECORDS; read++) {
            if (!quoted && (ch == '\n' || ch == '\r')) {
                if (!empty) {
                    records.add(current);
                }
                current = new int[CANDIDATES.length];
                empty = true;
            } else {
                quoted ^= ch == quote;
                if (!quoted) {
                    count(current, (char) ch);
                }
                empty = false;
            }
            ch = text.read();
        }
        if (ch < 0 && !empty && !quoted) {
            records.add(current); // the last record of a file without a final line break
        }
        return records;
    }

    private static void count(int[] counts, char ch) {
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (CANDIDATES[c] == ch) {
                counts[c]++;
            }
        }
    }

    private static String show(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
