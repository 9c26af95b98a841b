package id.satudata.hub.catalog.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a batch into runs of changes with distinct keys, so that each run can be applied set-based; a key
 * seen again starts the next run, which keeps the source order of changes to the same key.
 */
final class ChangeSegments {

    private ChangeSegments() {}

    static List<List<KeyedChange>> split(List<RecordChange> changes, List<String> keyFields) {
        List<List<KeyedChange>> segments = new ArrayList<>(1);
        List<KeyedChange> current = new ArrayList<>(changes.size());
        Set<String> keys = new HashSet<>(changes.size() * 2);
        for (int i = 0; i < changes.size(); i++) {
            KeyedChange change = keyed(i, changes.get(i), keyFields);
            if (!keys.add(change.key())) {
                segments.add(current);
                current = new ArrayList<>();
                keys.clear();
                keys.add(change.key());
            }
            current.add(change);
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    private static KeyedChange keyed(int ordinal, RecordChange change, List<String> keyFields) {
        if (change instanceof RecordChange.Upsert upsert) {
            return new KeyedChange(ordinal, RecordKey.of(upsert.record(), keyFields), upsert.record());
        }
        return new KeyedChange(ordinal, ((RecordChange.Delete) change).key(), null);
    }
}
