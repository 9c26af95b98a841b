package id.satudata.hub.connectors.cdc;

/** The agency database kinds a {@code cdc} source reads, with what differs between their Debezium connectors. */
public enum CdcConnector {
    POSTGRES("postgres", 5432, "io.debezium.connector.postgresql.PostgresConnector", "jdbc:postgresql://"),
    MARIADB("mariadb", 3306, "io.debezium.connector.mariadb.MariaDbConnector", "jdbc:mariadb://");

    private final String setting;
    private final int defaultPort;
    private final String connectorClass;
    private final String jdbcPrefix;

    CdcConnector(String setting, int defaultPort, String connectorClass, String jdbcPrefix) {
        this.setting = setting;
        this.defaultPort = defaultPort;
        this.connectorClass = connectorClass;
        this.jdbcPrefix = jdbcPrefix;
    }

    /** The kind as declared in {@code connector}. */
    public static CdcConnector of(String setting) {
        for (CdcConnector connector : values()) {
            if (connector.setting.equals(setting)) {
                return connector;
            }
        }
        throw new IllegalArgumentException("unknown connector '" + setting + "'");
    }

    public String setting() {
        return setting;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String connectorClass() {
        return connectorClass;
    }

    /** The JDBC URL of a database on a server, for the hub's own checks and slot removal. */
    public String jdbcUrl(String host, int port, String database) {
        return jdbcPrefix + host + ":" + port + "/" + database;
    }
}
