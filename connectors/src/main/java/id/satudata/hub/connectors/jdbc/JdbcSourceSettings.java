package id.satudata.hub.connectors.jdbc;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SecretRef;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Settings of a {@code jdbc} source: a table or query of an agency's database, read whole (snapshot) or after a
 * watermark (incremental).
 *
 * @param password a reference to the password, resolved at each connection; {@code null} when none is needed
 * @param mode {@code snapshot}, {@code incremental}, or {@code query} (a query of one's own, read whole, or
 *     incrementally when {@code timestampColumn} is set)
 * @param table the table of {@code snapshot} and {@code incremental}, e.g. {@code public.penduduk}
 * @param query the {@code select} of {@code query} mode
 * @param keyColumns the columns that identify a row: the order of a snapshot and the watermark's tie-breaker
 * @param timestampColumn the update-timestamp column of incremental reads
 * @param safetyLag how far behind the source's clock incremental reads stay, so that rows committed late with an
 *     earlier timestamp are not skipped
 */
public record JdbcSourceSettings(
        String url,
        String user,
        SecretRef password,
        String mode,
        String table,
        String query,
        List<String> keyColumns,
        String timestampColumn,
        Duration safetyLag,
        int fetchSize,
        int batchSize) {

    public static final String SNAPSHOT = "snapshot";
    public static final String INCREMENTAL = "incremental";
    public static final String QUERY = "query";

    public static final Setting<String> URL = Setting.string("url")
            .required()
            .validatedBy(JdbcSourceSettings::validUrl)
            .doc("The JDBC URL of the source database, e.g. jdbc:postgresql://host:5432/db, without a password.");
    public static final Setting<String> USER =
            Setting.string("user").doc("The user the hub connects as; read-only rights on the table suffice.");
    public static final Setting<SecretRef> PASSWORD = SecretRef.setting("password")
            .doc("The password as a reference: ${env:NAME} or ${file:/path}; never the password itself.");
    public static final Setting<String> MODE = Setting.choice("mode", SNAPSHOT, INCREMENTAL, QUERY)
            .required()
            .doc("snapshot (the whole table, deleting what disappeared), incremental (after a timestamp watermark)"
                    + " or query (a select of one's own).");
    public static final Setting<String> TABLE = Setting.string("table")
            .validatedBy(SqlNames.validator(true))
            .doc("The table, optionally with its schema: penduduk or public.penduduk.");
    public static final Setting<String> QUERY_TEXT = Setting.string("query")
            .validatedBy(JdbcSourceSettings::validQuery)
            .doc("The select of query mode, without a trailing ';'.");
    public static final Setting<List<String>> KEY_COLUMNS = Setting.names("key-columns")
            .required()
            .validatedBy(SqlNames.listValidator())
            .doc("The columns that identify a row, e.g. [kode, tahun].");
    public static final Setting<String> TIMESTAMP_COLUMN = Setting.string("timestamp-column")
            .validatedBy(SqlNames.validator(false))
            .doc("The column the source updates with each change of a row, for incremental reads.");
    public static final Setting<Duration> SAFETY_LAG = Setting.duration("safety-lag")
            .withDefault(Duration.ofSeconds(5))
            .validatedBy(SettingValidator.notNegative())
            .doc("Incremental reads stop this far behind the source's clock; longer than the source's transactions.");
    public static final Setting<Integer> FETCH_SIZE = Setting.integer("fetch-size")
            .withDefault(5000)
            .validatedBy(SettingValidator.between(1, 100_000))
            .doc("Rows fetched from the database per round trip; the rows are streamed, never all held.");
    public static final Setting<Integer> BATCH_SIZE = Setting.integer("batch-size")
            .withDefault(5000)
            .validatedBy(SettingValidator.between(1, 100_000))
            .doc("Records per stored batch.");

    public static final SettingsSpec SPEC = SettingsSpec.of(
            URL,
            USER,
            PASSWORD,
            MODE,
            TABLE,
            QUERY_TEXT,
            KEY_COLUMNS,
            TIMESTAMP_COLUMN,
            SAFETY_LAG,
            FETCH_SIZE,
            BATCH_SIZE);

    /**
     * The settings of valid parsed values.
     *
     * @throws IllegalArgumentException naming every setting that the mode needs or does not take
     */
    public static JdbcSourceSettings from(ParsedSettings parsed) {
        JdbcSourceSettings settings = new JdbcSourceSettings(
                parsed.get(URL),
                parsed.get(USER),
                parsed.get(PASSWORD),
                parsed.get(MODE),
                parsed.get(TABLE),
                parsed.get(QUERY_TEXT),
                parsed.get(KEY_COLUMNS),
                parsed.get(TIMESTAMP_COLUMN),
                parsed.get(SAFETY_LAG),
                parsed.get(FETCH_SIZE),
                parsed.get(BATCH_SIZE));
        List<String> problems = settings.modeProblems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("mode " + settings.mode + ": " + String.join("; ", problems));
        }
        return settings;
    }

    /** Whether rows are read after a watermark rather than whole. */
    public boolean incremental() {
        return timestampColumn != null;
    }

    /** What the rows are read from: the table, or the query as a derived table. */
    public String relation() {
        return table != null ? table : "(" + query + ") src";
    }

    /** What a run reads, for its source reference: the table, or that it is a query. */
    public String describe() {
        return table != null ? table : "query";
    }

    private List<String> modeProblems() {
        List<String> problems = new ArrayList<>();
        boolean ownQuery = mode.equals(QUERY);
        if (ownQuery ? query == null : table == null) {
            problems.add((ownQuery ? "query" : "table") + " is missing");
        }
        if (ownQuery ? table != null : query != null) {
            problems.add((ownQuery ? "table" : "query") + " is not used; "
                    + (ownQuery ? "put it in the query" : "use mode query"));
        }
        if (mode.equals(INCREMENTAL) && timestampColumn == null) {
            problems.add("timestamp-column is missing: incremental reads follow it");
        }
        if (mode.equals(SNAPSHOT) && timestampColumn != null) {
            problems.add("timestamp-column is not used: a snapshot reads every row; use mode incremental");
        }
        return problems;
    }

    private static Optional<String> validUrl(String url) {
        if (!url.startsWith("jdbc:")) {
            return Optional.of("must be a JDBC URL starting with jdbc:, was '" + url + "'");
        }
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            // the URL is shown and logged: the password goes in the password setting, as a reference
            return Optional.of("must not hold a password; set password to ${env:NAME} or ${file:/path} instead");
        }
        return Optional.empty();
    }

    private static Optional<String> validQuery(String query) {
        String text = query.strip().toLowerCase(Locale.ROOT);
        if (!text.startsWith("select") && !text.startsWith("with")) {
            return Optional.of("must be a select (or with ... select) statement");
        }
        return text.endsWith(";") ? Optional.of("must not end with ';'") : Optional.empty();
    }
}
