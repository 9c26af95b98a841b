package id.satudata.hub.connectors.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Resolves {@code format: auto} for one file: by its extension, and for {@code .xls} by its first bytes, because
 * portals publish HTML tables (BPS web exports, such as Open Data Jabar's {@code gariskemiskinanjabar.xls}) and
 * OOXML workbooks under that extension as often as real binary Excel files, which the hub does not read.
 */
public final class FileFormatDetector {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private FileFormatDetector() {}

    /** The format of a file; {@code declared} unless it is {@link FileFormat#AUTO}. */
    public static FileFormat resolve(FileFormat declared, Path file) {
        if (declared != FileFormat.AUTO) {
            return declared;
        }
        String name = String.valueOf(file.getFileName());
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "csv", "tsv", "txt" -> FileFormat.CSV;
            case "json" -> FileFormat.JSON;
            case "jsonl", "ndjson" -> FileFormat.JSONL;
            case "xlsx" -> FileFormat.XLSX;
            case "htm", "html" -> FileFormat.HTML;
            case "xls" -> byContent(file, name);
            default -> throw new UnreadableFileException(name + ": format auto does not know the extension '."
                    + extension + "'; name the file .csv, .json, .jsonl, .xlsx, .xls or .html, or declare"
                    + " source.format");
        };
    }

    private static FileFormat byContent(Path file, String name) {
        byte[] head = head(file);
        if (startsWith(head, ZIP)) {
            return FileFormat.XLSX;
        }
        if (startsWith(head, OLE2)) {
            throw new UnreadableFileException(name + " is a binary Excel 97-2003 workbook, which the hub does not"
                    + " read; save it as .xlsx or .csv");
        }
        String text = new String(head, StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (text.startsWith("<")) {
            return FileFormat.HTML;
        }
        throw new UnreadableFileException(
                name + " is neither an HTML table nor an Excel workbook; declare source.format for it");
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
