package id.satudata.hub.connectors.file;

import java.util.Locale;

/** The formats a file source reads; {@code auto} is resolved per file by {@link FileFormatDetector}. */
public enum FileFormat {
    CSV,
    JSON,
    JSONL,
    XLSX,
    HTML,
    AUTO;

    /** The names a pipeline declares in {@code source.format}. */
    public static String[] names() {
        FileFormat[] formats = values();
        String[] names = new String[formats.length];
        for (int i = 0; i < formats.length; i++) {
            names[i] = formats[i].id();
        }
        return names;
    }

    /** The format of a declared name, e.g. {@code jsonl}. */
    public static FileFormat of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** The name as declared, e.g. {@code jsonl}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
