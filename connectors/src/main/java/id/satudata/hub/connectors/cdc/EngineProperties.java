package id.satudata.hub.connectors.cdc;

import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The Debezium configuration of one engine: the database, the tables of its pipelines, offsets kept by the hub
 * ({@link HubOffsetStore}), schema history in the hub database, a low {@code poll.interval.ms} (it bounds the
 * commit-to-stored latency), heartbeats so that an idle table does not keep the server's log, and the source
 * signal table that incremental snapshots need.
 */
final class EngineProperties {

    static final String SIGNAL_TABLE = "hub_cdc_signal";
    private static final String HEARTBEAT_QUERY =
            "SELECT pg_logical_emit_message(false, 'satudata-hub-heartbeat', now()::varchar)";

    private EngineProperties() {}

    /**
     * @param history where the schema history of MariaDB engines is kept in the hub database
     */
    static Properties of(CdcDatabase database, Collection<CdcSourceSettings> tables, HubHistory history) {
        Properties props = new Properties();
        String name = database.engineName();
        props.setProperty("name", name);
        props.setProperty("topic.prefix", name);
        props.setProperty("connector.class", database.connector().connectorClass());
        props.setProperty("database.hostname", database.host());
        props.setProperty("database.port", String.valueOf(database.port()));
        props.setProperty("database.user", database.user());
        props.setProperty("database.password", database.password());
        props.setProperty("offset.storage", HubOffsetStore.class.getName());
        props.setProperty(HubOffsetStore.ENGINE, name);
        props.setProperty("offset.flush.interval.ms", "1000");
        props.setProperty("poll.interval.ms", "20");
        props.setProperty("max.batch.size", "8192");
        props.setProperty("max.queue.size", "32768");
        props.setProperty("snapshot.mode", database.snapshot() ? "initial" : "no_data");
        props.setProperty("snapshot.fetch.size", "10000");
        props.setProperty("heartbeat.interval.ms", "10000");
        props.setProperty("decimal.handling.mode", "string");
        props.setProperty("time.precision.mode", "connect");
        props.setProperty("tombstones.on.delete", "false");
        props.setProperty("errors.max.retries", "0");
        props.setProperty("table.include.list", includeList(database, tables));
        String keys = messageKeys(tables);
        if (!keys.isEmpty()) {
            props.setProperty("message.key.columns", keys);
        }
        props.setProperty("signal.enabled.channels", "source");
        props.setProperty("signal.data.collection", signalCollection(database));
        props.setProperty("incremental.snapshot.chunk.size", "5000");
        if (database.connector() == CdcConnector.POSTGRES) {
            props.setProperty("database.dbname", database.database());
            props.setProperty("plugin.name", "pgoutput");
            props.setProperty("slot.name", database.slot());
            props.setProperty("publication.name", database.slot());
            props.setProperty("publication.autocreate.mode", "filtered");
            props.setProperty("heartbeat.action.query", HEARTBEAT_QUERY);
        } else {
            props.setProperty("database.server.id", String.valueOf(database.serverId()));
            props.setProperty("database.include.list", database.database());
            props.setProperty("include.schema.changes", "false");
            props.setProperty("schema.history.internal.store.only.captured.tables.ddl", "true");
            history.configure(props, name);
        }
        return props;
    }

    /** The tables of the pipelines and the signal table, which Debezium must read for snapshots on demand. */
    private static String includeList(CdcDatabase database, Collection<CdcSourceSettings> tables) {
        List<String> names = tables.stream()
                .map(CdcSourceSettings::qualifiedTable)
                .distinct()
                .sorted()
                .collect(Collectors.toList());
        names.add(signalCollection(database));
        return names.stream().map(EngineProperties::exactly).collect(Collectors.joining(","));
    }

    /** The signal table: in the first captured schema on PostgreSQL, in the database on MariaDB. */
    static String signalCollection(CdcDatabase database) {
        return (database.connector() == CdcConnector.POSTGRES ? "public" : database.database()) + "." + SIGNAL_TABLE;
    }

    /** Include lists are regular expressions: a table name must match itself only. */
    private static String exactly(String table) {
        return table.replace(".", "\\.");
    }

    private static String messageKeys(Collection<CdcSourceSettings> tables) {
        return tables.stream()
                .filter(table -> !table.keyColumns().isEmpty())
                .map(table -> table.qualifiedTable() + ":" + String.join(",", table.keyColumns()))
                .distinct()
                .collect(Collectors.joining(";"));
    }
}
