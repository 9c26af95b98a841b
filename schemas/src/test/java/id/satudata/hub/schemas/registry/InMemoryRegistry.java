package id.satudata.hub.schemas.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.avro.Schema;

/**
 * A registry in memory for serde tests: ids from a chosen first one, one per distinct schema; counts the calls so
 * tests can tell what their subject cached. No compatibility rules: every schema is compatible.
 */
final class InMemoryRegistry implements SchemaRegistryClient {

    final AtomicInteger registerCalls = new AtomicInteger();
    final AtomicInteger lookupCalls = new AtomicInteger();
    final AtomicInteger schemaByIdCalls = new AtomicInteger();

    private final int firstId;
    private final Map<Schema, Integer> ids = new LinkedHashMap<>();
    private final Map<String, List<Schema>> subjects = new LinkedHashMap<>();

    InMemoryRegistry(int firstId) {
        this.firstId = firstId;
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        registerCalls.incrementAndGet();
        List<Schema> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(schema)) {
            versions.add(schema);
        }
        return ids.computeIfAbsent(schema, s -> firstId + ids.size());
    }

    @Override
    public synchronized Schema schemaById(int id) {
        schemaByIdCalls.incrementAndGet();
        return ids.entrySet().stream()
                .filter(entry -> entry.getValue() == id)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new RegistryException(404, 40403, "Schema not found"));
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        lookupCalls.incrementAndGet();
        int index = subjects.getOrDefault(subject, List.of()).indexOf(schema);
        if (index < 0) {
            throw new RegistryException(404, 40403, "Schema not found");
        }
        return new RegisteredSchema(subject, ids.get(schema), index + 1, schema);
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        return version(subject, versions(subject).size());
    }

    @Override
    public synchronized RegisteredSchema version(String subject, int version) {
        List<Schema> versions = subjects.get(subject);
        if (versions == null) {
            throw new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
        }
        if (version < 1 || version > versions.size()) {
            throw new RegistryException(404, 40402, "Version " + version + " not found.");
        }
        Schema schema = versions.get(version - 1);
        return new RegisteredSchema(subject, ids.get(schema), version, schema);
    }

    @Override
    public synchronized List<Integer> versions(String subject) {
        int count = subjects.getOrDefault(subject, List.of()).size();
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Override
    public Compatibility checkCompatibility(String subject, Schema schema) {
        return Compatibility.ok();
    }
}
