package id.satudata.hub.connectors.file;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Settings of a {@code file} source: files dropped into the pipeline's inbox, read as CSV.
 *
 * @param format the file format; {@code csv}
 * @param delimiter the field separator, e.g. {@code ,}, {@code ;}, {@code |} or tab
 * @param quote the character that quotes a field holding the delimiter or a line break
 * @param encoding the files' character set, e.g. UTF-8 or windows-1252
 * @param skipLines lines before the header row, such as a title
 * @param batchSize records per stored batch
 * @param include a glob of the file names to pick up; names starting with '.' are never picked up
 */
public record FileSourceSettings(
        String format, char delimiter, char quote, Charset encoding, int skipLines, int batchSize, String include) {

    public static final Setting<String> FORMAT =
            Setting.choice("format", "csv").required().doc("The file format.");
    public static final Setting<Character> DELIMITER = Setting.character("delimiter")
            .withDefault(',')
            .validatedBy(FileSourceSettings::notLineBreak)
            .doc("The field separator: one character such as , ; | or tab.");
    public static final Setting<Character> QUOTE = Setting.character("quote")
            .withDefault('"')
            .validatedBy(FileSourceSettings::notLineBreak)
            .doc("The character that quotes a field holding the delimiter or a line break.");
    public static final Setting<Charset> ENCODING = Setting.charset("encoding")
            .withDefault(StandardCharsets.UTF_8)
            .doc("The character set of the files, e.g. UTF-8 or windows-1252.");
    public static final Setting<Integer> SKIP_LINES = Setting.integer("skip-lines")
            .withDefault(0)
            .validatedBy(SettingValidator.atLeast(0))
            .doc("Lines before the header row, such as a title line.");
    public static final Setting<Integer> BATCH_SIZE = Setting.integer("batch-size")
            .withDefault(5000)
            .validatedBy(SettingValidator.between(1, 100_000))
            .doc("Records per stored batch.");
    public static final Setting<String> INCLUDE = Setting.string("include")
            .withDefault("*")
            .validatedBy(FileSourceSettings::validGlob)
            .doc("A glob of the file names to pick up, e.g. *.csv; names starting with '.' are never picked up.");

    public static final SettingsSpec SPEC =
            SettingsSpec.of(FORMAT, DELIMITER, QUOTE, ENCODING, SKIP_LINES, BATCH_SIZE, INCLUDE);

    /** The settings of valid parsed values; see {@link ParsedSettings#get} for invalid ones. */
    public static FileSourceSettings from(ParsedSettings parsed) {
        return new FileSourceSettings(
                parsed.get(FORMAT),
                parsed.get(DELIMITER),
                parsed.get(QUOTE),
                parsed.get(ENCODING),
                parsed.get(SKIP_LINES),
                parsed.get(BATCH_SIZE),
                parsed.get(INCLUDE));
    }

    /** How the files are written, for {@link CsvRecordReader}. */
    public CsvFormat csvFormat() {
        return new CsvFormat(delimiter, quote, encoding, skipLines);
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

    private static Optional<String> notLineBreak(Character c) {
        return c == '\n' || c == '\r' ? Optional.of("must not be a line break") : Optional.empty();
    }
}
