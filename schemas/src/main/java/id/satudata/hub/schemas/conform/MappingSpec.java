package id.satudata.hub.schemas.conform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pipeline's mapping as declared: target field name to how it is filled, and the record-level checks run after
 * the fields are filled. A schema field without an entry is read from the source field of the same name, unless a
 * check fills it.
 */
public record MappingSpec(Map<String, FieldSpec> fields, List<CheckSpec> checks) {
    public MappingSpec {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public MappingSpec(Map<String, FieldSpec> fields) {
        this(fields, List.of());
    }

    /** This mapping's checks with other field entries. */
    public MappingSpec withFields(Map<String, FieldSpec> otherFields) {
        return new MappingSpec(otherFields, checks);
    }

    public static MappingSpec identity() {
        return new MappingSpec(Map.of());
    }

    /** The fields the checks fill ({@code into}), which are read from no source. */
    public Set<String> filledByChecks() {
        Set<String> filled = new LinkedHashSet<>();
        for (CheckSpec check : checks) {
            if (check.into() != null) {
                filled.add(check.into());
            }
        }
        return filled;
    }
}
