package id.satudata.hub.it.file;

import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Open Data Jabar file of poor population per regency/city (513 rows, 2002-2020, in thousands of people),
 * read by the test itself to know what the hub must serve. It is a plain CSV (CRLF, no quotes, no embedded commas).
 */
public final class JabarPovertyFile {

    public static final int ROWS = 513;
    static final String FILE = "opendata/jabar_odj/jumlah_penduduk_miskin_berdasarkan_kabupatenkota_data.csv";

    private JabarPovertyFile() {}

    public static Path path() {
        return TestPaths.sharedData(FILE);
    }

    /** The header line: id,kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,jumlah_...,tahun. */
    static String header() {
        return lines().get(0);
    }

    /** Each row as the dataset must hold it: codes as text, names with runs of spaces collapsed, people not thousands. */
    public static List<PovertyRecord> expectedRecords() {
        List<String> lines = lines();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        return lines.stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1))
                .map(row -> new PovertyRecord(
                        row[header.indexOf("kode_provinsi")],
                        collapseSpaces(row[header.indexOf("nama_provinsi")]),
                        row[header.indexOf("kode_kabupaten_kota")],
                        collapseSpaces(row[header.indexOf("nama_kabupaten_kota")]),
                        Integer.parseInt(row[header.indexOf("tahun")]),
                        thousandsToPeople(row[header.indexOf("jumlah_penduduk_miskin")])))
                .toList();
    }

    /** The file's bytes with the value of one regency and year replaced, every other byte as it was. */
    public static byte[] withValue(String kodeKabupatenKota, int tahun, String jumlahPendudukMiskin) {
        List<String> lines = lines();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int kode = header.indexOf("kode_kabupaten_kota");
        int year = header.indexOf("tahun");
        int value = header.indexOf("jumlah_penduduk_miskin");
        String[] changed = lines.stream()
                .map(line -> line.split(",", -1))
                .filter(row -> row.length == header.size()
                        && row[kode].equals(kodeKabupatenKota)
                        && row[year].equals(String.valueOf(tahun)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + kodeKabupatenKota + " " + tahun));
        String original = String.join(",", changed);
        changed[value] = jumlahPendudukMiskin;
        String content = content();
        // the file ends its lines with CRLF; MULTILINE's ^ and $ match at either line ending
        String text = Pattern.compile("^" + Pattern.quote(original) + "$", Pattern.MULTILINE)
                .matcher(content)
                .replaceFirst(Matcher.quoteReplacement(String.join(",", changed)));
        if (text.equals(content)) {
            throw new IllegalStateException("Could not change the row " + original + " of " + FILE);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static long thousandsToPeople(String thousands) {
        return new BigDecimal(thousands).scaleByPowerOfTen(3).longValueExact();
    }

    private static String collapseSpaces(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static List<String> lines() {
        String content = content();
        if (content.contains("\"")) {
            throw new IllegalStateException(FILE + " now has quoted values: read it with a CSV parser");
        }
        return content.lines().toList();
    }

    private static String content() {
        try {
            return Files.readString(path(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
