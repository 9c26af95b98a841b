package id.satudata.hub.connectors.cdc;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;

/**
 * Debezium's offset storage for the hub's engines. The offsets that count are the positions committed in the
 * store transaction of each batch; this store starts from the last of them and keeps later offsets in memory
 * only, because Debezium writes its offsets after the batch, when they are already in the store. Writing them
 * again would gain nothing, and a write that overtook a later store commit would move the position back.
 *
 * <p>Debezium makes the instance itself from its class name, so an engine leaves its start position here, under
 * its name, before it starts.
 */
public final class HubOffsetStore extends MemoryOffsetBackingStore {

    static final String ENGINE = "offset.storage.hub.engine";
    private static final Map<String, Optional<CdcPosition>> START_POSITIONS = new ConcurrentHashMap<>();

    private String engineName;

    /** Leaves the position an engine starts from; empty for an engine that has committed nothing yet. */
    static void startFrom(String engineName, Optional<CdcPosition> position) {
        START_POSITIONS.put(engineName, position);
    }

    @Override
    public void configure(WorkerConfig config) {
        super.configure(config);
        engineName = config.originalsStrings().get(ENGINE);
    }

    @Override
    public synchronized void start() {
        super.start();
        START_POSITIONS
                .getOrDefault(engineName, Optional.empty())
                .ifPresent(position -> data.putAll(position.asOffsetEntry(engineName)));
    }

    @Override
    public java.util.Set<Map<String, Object>> connectorPartitions(String connectorName) {
        return java.util.Set.of();
    }
}
