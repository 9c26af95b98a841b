package id.satudata.hub.connectors.cdc;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of a {@code cdc} source: one table of an agency database, read by change-data-capture. Pipelines that
 * name the same connector, host, port and database share one engine (and one replication slot).
 *
 * @param table {@code schema.table} on PostgreSQL, the table name on MariaDB (whose database is {@code database})
 * @param keyColumns the columns that identify a row when the table has no primary key; empty for the primary key
 */
public record CdcSourceSettings(CdcDatabase database, String table, List<String> keyColumns) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    public static final Setting<String> CONNECTOR =
            Setting.choice("connector", "postgres", "mariadb").required().doc("The agency database's kind.");
    public static final Setting<String> HOST =
            Setting.string("host").withDefault("localhost").doc("The database server's host name.");
    public static final Setting<Integer> PORT = Setting.integer("port")
            .validatedBy(SettingValidator.between(1, 65_535))
            .doc("The server's port; 5432 for postgres and 3306 for mariadb when left out.");
    public static final Setting<String> DATABASE = Setting.string("database")
            .required()
            .validatedBy(CdcSourceSettings::name)
            .doc("The database to read.");
    public static final Setting<String> USER = Setting.string("user").required().doc("The account the hub reads as.");
    public static final Setting<String> PASSWORD_ENV = Setting.string("password-env")
            .required()
            .doc("The environment variable (or JVM system property) that holds the account's password.");
    public static final Setting<String> TABLE = Setting.string("table")
            .required()
            .validatedBy(CdcSourceSettings::tableName)
            .doc("The table: schema.table on postgres, the table name on mariadb.");
    public static final Setting<String> KEY_COLUMNS = Setting.string("key-columns")
            .doc("Comma-separated columns that identify a row, for a table without a primary key.");
    public static final Setting<String> SLOT = Setting.string("slot")
            .validatedBy(CdcSourceSettings::name)
            .doc("postgres: the replication slot and publication name; hub_<database> when left out.");
    public static final Setting<Long> SERVER_ID = Setting.longInteger("server-id")
            .validatedBy(SettingValidator.between(1, 4_294_967_295L))
            .doc("mariadb: the replica id the hub uses; must differ from the server's own server_id.");
    public static final Setting<String> SNAPSHOT = Setting.choice("snapshot", "initial", "never")
            .withDefault("initial")
            .doc("initial: copy the existing rows first, then stream; never: stream changes only.");

    public static final SettingsSpec SPEC = SettingsSpec.of(
            CONNECTOR, HOST, PORT, DATABASE, USER, PASSWORD_ENV, TABLE, KEY_COLUMNS, SLOT, SERVER_ID, SNAPSHOT);

    /** The settings of valid parsed values. */
    public static CdcSourceSettings from(ParsedSettings parsed) {
        CdcConnector connector = CdcConnector.of(parsed.get(CONNECTOR));
        String databaseName = parsed.get(DATABASE);
        String table = parsed.get(TABLE);
        if (connector == CdcConnector.POSTGRES && !table.contains(".")) {
            throw new IllegalArgumentException("table must be schema.table on postgres, e.g. public." + table);
        }
        Integer port = parsed.get(PORT);
        CdcDatabase database = new CdcDatabase(
                connector,
                parsed.get(HOST),
                port == null ? connector.defaultPort() : port,
                databaseName,
                parsed.get(USER),
                parsed.get(PASSWORD_ENV),
                Optional.ofNullable(parsed.get(SLOT)).orElse("hub_" + databaseName.toLowerCase()),
                Optional.ofNullable(parsed.get(SERVER_ID)).orElse(CdcDatabase.defaultServerId(databaseName)),
                "initial".equals(parsed.get(SNAPSHOT)));
        String keys = parsed.get(KEY_COLUMNS);
        List<String> keyColumns = keys == null
                ? List.of()
                : Arrays.stream(keys.split(","))
                        .map(String::trim)
                        .filter(k -> !k.isEmpty())
                        .toList();
        return new CdcSourceSettings(database, table, keyColumns);
    }

    /** The table as the connector names it in its filters and topics: {@code schema.table} or {@code db.table}. */
    public String qualifiedTable() {
        return database.connector() == CdcConnector.POSTGRES ? table : database.database() + "." + table;
    }

    private static Optional<String> name(String value) {
        return NAME.matcher(value).matches()
                ? Optional.empty()
                : Optional.of("must be a plain SQL name (letters, digits, _), was '" + value + "'");
    }

    private static Optional<String> tableName(String value) {
        for (String part : value.split("\\.", -1)) {
            if (!NAME.matcher(part).matches()) {
                return Optional.of("must be table or schema.table of plain SQL names, was '" + value + "'");
            }
        }
        return value.split("\\.").length > 2
                ? Optional.of("must be table or schema.table, was '" + value + "'")
                : Optional.empty();
    }
}
