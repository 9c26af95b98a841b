package id.satudata.hub.it.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.it.file.JabarPovertyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows of the real Open Data Jabar poverty file, read at run time, as an agency's system would push them: the
 * file's own CSV lines, or each row as a JSON object of its column names and text values.
 */
final class PovertyRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> header;
    private final List<String> lines;

    private PovertyRows(List<String> header, List<String> lines) {
        this.header = header;
        this.lines = lines;
    }

    /** The file's rows of the given years, in file order. */
    static PovertyRows ofYears(int fromYear, int toYear) {
        List<String> all = readLines();
        List<String> header = Arrays.asList(all.get(0).split(","));
        int year = header.indexOf("tahun");
        List<String> rows = all.stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .filter(line -> {
                    int tahun = Integer.parseInt(line.split(",", -1)[year]);
                    return tahun >= fromYear && tahun <= toYear;
                })
                .toList();
        return new PovertyRows(header, rows);
    }

    int size() {
        return lines.size();
    }

    /** Each row as column name to text value. */
    List<Map<String, Object>> objects() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String line : lines) {
            String[] values = line.split(",", -1);
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                object.put(header.get(i), values[i]);
            }
            objects.add(object);
        }
        return objects;
    }

    byte[] csv() {
        return (String.join(",", header) + "\r\n" + String.join("\r\n", lines) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jsonArray(List<Map<String, Object>> objects) {
        return write(objects).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jsonLines(List<Map<String, Object>> objects) {
        return objects.stream()
                .map(PovertyRows::write)
                .collect(Collectors.joining("\n", "", "\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readLines() {
        try {
            return Files.readAllLines(JabarPovertyFile.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
