package id.satudata.hub.schemas.reference;

import id.satudata.hub.schemas.conform.MapRawRecord;
import id.satudata.hub.schemas.conform.RawRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real reference data and open-data files of {@code ../shared/data/} (the build's {@code shared.data.dir}), read
 * in place, never copied. The two reference sets are loaded once per test JVM.
 */
public final class SharedReference {

    private static ReferenceSets sets;

    private SharedReference() {}

    /** {@code kemendagri-2025} (cahyadsn/wilayah) and {@code bps-2018} (edwardsamuel), side by side. */
    public static synchronized ReferenceSets sets() {
        if (sets == null) {
            sets = new ReferenceSets(List.of(
                    new ReferenceSource(
                                    "kemendagri-2025",
                                    CodeSystem.KEMENDAGRI,
                                    new Vintage(
                                            "2025", "Kepmendagri No 300.2.2-2138 Tahun 2025", LocalDate.of(2025, 4, 1)),
                                    path("wilayah/cahyadsn"))
                            .load(),
                    new ReferenceSource(
                                    "bps-2018",
                                    CodeSystem.BPS,
                                    new Vintage(
                                            "2018", "BPS MFD snapshot of 11 January 2018", LocalDate.of(2018, 1, 11)),
                                    path("wilayah/edwardsamuel"))
                            .load()));
        }
        return sets;
    }

    public static ReferenceSet kemendagri() {
        return sets().named("kemendagri-2025").orElseThrow();
    }

    public static ReferenceSet bps() {
        return sets().named("bps-2018").orElseThrow();
    }

    public static Path path(String relative) {
        String dir = System.getProperty("shared.data.dir");
        Path base = dir != null ? Path.of(dir) : Path.of("../../shared/data");
        return base.resolve(relative);
    }

    /** The rows of one of the open-data CSV files (none has quoted cells), after a byte order mark. */
    public static List<RawRecord> rows(String relative) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] header = lines.get(0).replace("\uFEFF", "").strip().split(",", -1);
        List<RawRecord> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.replace("\r", "").split(",", -1);
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                values.put(header[i], cells[i]);
            }
            rows.add(new MapRawRecord(values));
        }
        return rows;
    }

    /** Letters and digits only, upper case: an independent, deliberately simple comparison for the truth checks. */
    public static String letters(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
