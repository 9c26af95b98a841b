package id.satudata.hub.schemas.conform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A raw record over a map, as a CSV or JSON reader would give it: empty text counts as absent. */
public final class MapRawRecord implements RawRecord {

    private final Map<String, Object> values;

    public MapRawRecord(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static MapRawRecord of(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new MapRawRecord(values);
    }

    @Override
    public Object get(String field) {
        Object value = values.get(field);
        return value instanceof String s && s.isEmpty() ? null : value;
    }

    @Override
    public Map<String, Object> asMap() {
        return values;
    }
}
