package id.satudata.hub.connectors.file;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import id.satudata.hub.connectors.file.csv.CsvFormat;
import id.satudata.hub.connectors.file.csv.Delimiters;
import id.satudata.hub.connectors.file.table.Unpivot;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Settings of a {@code file} source: files dropped into the pipeline's inbox, read as CSV, JSON, JSON Lines, XLSX
 * or HTML tables.
 *
 * @param reading how each file is read
 * @param batchSize records per stored batch
 * @param include a glob of the file names to pick up; names starting with '.' are never picked up
 */
public record FileSourceSettings(ReadOptions reading, int batchSize, String include) {

    public static final Setting<String> FORMAT = Setting.choice("format", FileFormat.names())
            .required()
            .doc("The file format: csv, json (an array of objects), jsonl (one object per line), xlsx, html (a"
                    + " table, also when saved as .xls), or auto (by each file's extension and, for .xls, content).");
    public static final Setting<String> DELIMITER = Setting.string("delimiter")
            .withDefault(",")
            .validatedBy(Delimiters::check)
            .doc("CSV: the field separator, one character such as , ; | or tab; or auto to detect it per file.");
    public static final Setting<Character> QUOTE = Setting.character("quote")
            .withDefault('"')
            .validatedBy(FileSourceSettings::notLineBreak)
            .doc("CSV: the character that quotes a field holding the delimiter or a line break.");
    public static final Setting<Charset> ENCODING = Setting.charset("encoding")
            .withDefault(StandardCharsets.UTF_8)
            .doc("The character set of text files (CSV, JSON, JSON Lines, HTML), e.g. UTF-8 or windows-1252.");
    public static final Setting<Integer> SKIP_LINES = Setting.integer("skip-lines")
            .withDefault(0)
            .validatedBy(SettingValidator.atLeast(0))
            .doc("CSV: lines before the header row, such as a title line.");
    public static final Setting<String> SHEET =
            Setting.string("sheet").doc("XLSX: the sheet to read, by name or position from 1; the first by default.");
    public static final Setting<Integer> HEADER_ROW = Setting.integer("header-row")
            .withDefault(1)
            .validatedBy(SettingValidator.atLeast(1))
            .doc("XLSX and HTML: the row number of the header, from 1; the rows below it are records.");
    public static final Setting<String> RECORDS_POINTER = Setting.string("records-pointer")
            .withDefault("")
            .validatedBy(FileSourceSettings::jsonPointer)
            .doc("JSON: a JSON Pointer to the array of records, e.g. /result/records; empty when the file is the"
                    + " array.");
    public static final Setting<Unpivot> UNPIVOT = Setting.of("unpivot", Unpivot.TYPE)
            .doc("Columns whose name matches 'columns' become one record each, with the column's name in"
                    + " 'name-field' and its value in 'value-field'.");
    public static final Setting<Integer> BATCH_SIZE = Setting.integer("batch-size")
            .withDefault(5000)
            .validatedBy(SettingValidator.between(1, 100_000))
            .doc("Records per stored batch.");
    public static final Setting<String> INCLUDE = Setting.string("include")
            .withDefault("*")
            .validatedBy(FileSourceSettings::validGlob)
            .doc("A glob of the file names to pick up, e.g. *.csv; names starting with '.' are never picked up.");

    public static final SettingsSpec SPEC = SettingsSpec.of(
            FORMAT,
            DELIMITER,
            QUOTE,
            ENCODING,
            SKIP_LINES,
            SHEET,
            HEADER_ROW,
            RECORDS_POINTER,
            UNPIVOT,
            BATCH_SIZE,
            INCLUDE);

    /**
     * The settings of valid parsed values; see {@link ParsedSettings#get} for invalid ones.
     *
     * @throws id.satudata.hub.connectors.config.InvalidSettingsException naming each setting the declared format
     *     does not read
     */
    public static FileSourceSettings from(ParsedSettings parsed) {
        FormatSettingsCheck.check(FileFormat.of(parsed.get(FORMAT)), parsed);
        CsvFormat csv = new CsvFormat(
                Delimiters.parse(parsed.get(DELIMITER)),
                parsed.get(QUOTE),
                parsed.get(ENCODING),
                parsed.get(SKIP_LINES));
        ReadOptions reading = new ReadOptions(
                FileFormat.of(parsed.get(FORMAT)),
                csv,
                parsed.get(SHEET),
                parsed.get(HEADER_ROW),
                parsed.get(RECORDS_POINTER),
                parsed.get(UNPIVOT));
        return new FileSourceSettings(reading, parsed.get(BATCH_SIZE), parsed.get(INCLUDE));
    }

    /** Whether a file of this name is picked up: not hidden, and matching {@link #include}. */
    public boolean includes(String fileName) {
        return !fileName.startsWith(".") && matcher(include).matches(Path.of(fileName));
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    private static Optional<String> validGlob(String glob) {
        if (glob.isBlank() || glob.contains("/")) {
            return Optional.of("must be a glob of file names such as *.csv, was '" + glob + "'");
        }
        try {
            matcher(glob);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(
                    "must be a glob of file names such as *.csv: " + e.getDescription() + " in '" + glob + "'");
        }
    }

    private static Optional<String> jsonPointer(String pointer) {
        return pointer.isEmpty() || pointer.startsWith("/")
                ? Optional.empty()
                : Optional.of(
                        "must be a JSON Pointer such as /result/records (starting with /), was '" + pointer + "'");
    }

    private static Optional<String> notLineBreak(Character c) {
        return c == '\n' || c == '\r' ? Optional.of("must not be a line break") : Optional.empty();
    }
}
