package id.satudata.hub.schemas.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The four levels of Indonesian administrative regions, from the province down to the village. */
public enum Level {
    PROVINSI("provinsi"),
    KABUPATEN_KOTA("kabupaten"),
    KECAMATAN("kecamatan"),
    DESA_KELURAHAN("desa");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    /** The name used in mappings and the API: {@code provinsi}, {@code kabupaten}, {@code kecamatan}, {@code desa}. */
    public String id() {
        return id;
    }

    /** 1 for a province, 4 for a village. */
    public int depth() {
        return ordinal() + 1;
    }

    /** The level directly below, or {@code null} below a village. */
    public Level child() {
        return this == DESA_KELURAHAN ? null : values()[ordinal() + 1];
    }

    /**
     * The level a name gives, or {@code null}: the ids, and the usual synonyms {@code kota}, {@code kabupaten_kota},
     * {@code kelurahan}, {@code desa_kelurahan}, {@code 1}..{@code 4}.
     */
    public static Level named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (key) {
            case "provinsi", "province", "1" -> PROVINSI;
            case "kabupaten", "kota", "kabupaten_kota", "kab_kota", "2" -> KABUPATEN_KOTA;
            case "kecamatan", "district", "3" -> KECAMATAN;
            case "desa", "kelurahan", "desa_kelurahan", "village", "4" -> DESA_KELURAHAN;
            default -> null;
        };
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Level::id).toList();
    }
}
