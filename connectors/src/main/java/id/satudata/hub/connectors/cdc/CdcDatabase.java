package id.satudata.hub.connectors.cdc;

/**
 * An agency database read by one engine, as the pipelines on its tables declare it.
 *
 * @param passwordEnv the environment variable (or JVM system property) holding the password, never the password
 * @param slot postgres: the name of the replication slot and of the publication
 * @param serverId mariadb: the replica id of the hub's binlog client
 * @param snapshot whether the existing rows are copied before streaming starts
 */
public record CdcDatabase(
        CdcConnector connector,
        String host,
        int port,
        String database,
        String user,
        String passwordEnv,
        String slot,
        long serverId,
        boolean snapshot) {

    /**
     * The engine's name, unique per database server and database: the namespace of its offsets and the prefix of
     * its topics.
     */
    public String engineName() {
        return (connector.setting() + "_" + host + "_" + port + "_" + database).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The same database as another pipeline's declaration, whose engine it then shares. */
    public boolean sameDatabase(CdcDatabase other) {
        return connector == other.connector
                && host.equals(other.host)
                && port == other.port
                && database.equals(other.database);
    }

    /** The password from the environment, or a JVM system property of the same name. */
    public String password() {
        String value = System.getenv(passwordEnv);
        if (value == null) {
            value = System.getProperty(passwordEnv);
        }
        if (value == null) {
            throw new CdcRequirementException("the password of " + user + " is read from the environment variable "
                    + passwordEnv + ", which is not set: set it in the hub's environment");
        }
        return value;
    }

    public String jdbcUrl() {
        return connector.jdbcUrl(host, port, database);
    }

    @Override
    public String toString() {
        return connector.setting() + "://" + user + "@" + host + ":" + port + "/" + database;
    }

    /** A replica id in the range MariaDB leaves to replicas, derived from the database so that it stays stable. */
    static long defaultServerId(String database) {
        return 5_400 + Math.floorMod(database.hashCode(), 100_000);
    }
}
