package id.satudata.hub.connectors.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The hub's side of the relay in memory: datasets' changes in sequence order, and the positions the relay saved. */
final class InMemoryHub implements RelayedChanges, RelayPositions {

    private final Map<String, List<OutboundChange>> logs = new ConcurrentHashMap<>();
    private final Map<String, Long> positions = new ConcurrentHashMap<>();

    /** Appends an upsert of the key (value {@code "<key>@<seq>"}), or a delete when {@code deleted}. */
    long append(String datasetId, String key, boolean deleted) {
        List<OutboundChange> log = logs.computeIfAbsent(datasetId, id -> new CopyOnWriteArrayList<>());
        long seq = log.size() + 1;
        byte[] value = deleted ? null : (key + "@" + seq).getBytes(StandardCharsets.UTF_8);
        log.add(new OutboundChange(seq, key.getBytes(StandardCharsets.UTF_8), value));
        return seq;
    }

    void savedBefore(String datasetId, long seq) {
        positions.put(datasetId, seq);
    }

    @Override
    public Map<String, Long> lastSequences() {
        Map<String, Long> last = new java.util.TreeMap<>();
        logs.forEach((id, log) -> last.put(id, (long) log.size()));
        return last;
    }

    @Override
    public List<OutboundChange> after(String datasetId, long afterSeq, int limit) {
        List<OutboundChange> log = logs.getOrDefault(datasetId, List.of());
        List<OutboundChange> batch = new ArrayList<>();
        for (int i = (int) afterSeq; i < log.size() && batch.size() < limit; i++) {
            batch.add(log.get(i));
        }
        return batch;
    }

    @Override
    public String topic(String datasetId) {
        return "satudata." + datasetId;
    }

    @Override
    public long position(String datasetId) {
        return positions.getOrDefault(datasetId, 0L);
    }

    @Override
    public void save(String datasetId, long seq) {
        positions.put(datasetId, seq);
    }
}
