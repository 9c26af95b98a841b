package id.satudata.hub.schemas.conform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pipeline's mapping as declared: target field name to how it is filled. A schema field without an entry
 * is read from the source field of the same name.
 */
public record MappingSpec(Map<String, FieldSpec> fields) {
    public MappingSpec {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static MappingSpec identity() {
        return new MappingSpec(Map.of());
    }
}
