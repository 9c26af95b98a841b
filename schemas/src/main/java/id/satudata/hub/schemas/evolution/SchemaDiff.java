package id.satudata.hub.schemas.evolution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

/**
 * The field-level difference between two versions of a record schema, in the later version's field order, then
 * the removed fields in the earlier one's: what an admin reads before accepting a version, and what a consumer
 * reads to learn what changed.
 */
public final class SchemaDiff {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaDiff() {}

    public static List<FieldChange> between(Schema before, Schema after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Schema.Field field : after.getFields()) {
            Schema.Field old = before.getField(field.name());
            if (old == null) {
                changes.add(new FieldChange(field.name(), "added", null, shape(field), List.of()));
                continue;
            }
            List<String> aspects = aspects(old, field);
            if (!aspects.isEmpty()) {
                changes.add(new FieldChange(field.name(), "changed", shape(old), shape(field), aspects));
            }
        }
        for (Schema.Field field : before.getFields()) {
            if (after.getField(field.name()) == null) {
                changes.add(new FieldChange(field.name(), "removed", shape(field), null, List.of()));
            }
        }
        return changes;
    }

    private static List<String> aspects(Schema.Field before, Schema.Field after) {
        List<String> aspects = new ArrayList<>();
        if (!before.schema().equals(after.schema())) {
            aspects.add("type");
        }
        if (!Objects.equals(defaultOf(before), defaultOf(after))) {
            aspects.add("default");
        }
        if (!Objects.equals(before.doc(), after.doc())) {
            aspects.add("doc");
        }
        if (before.pos() != after.pos()) {
            aspects.add("position");
        }
        return aspects;
    }

    private static FieldChange.FieldShape shape(Schema.Field field) {
        return new FieldChange.FieldShape(field.pos(), field.schema().toString(), defaultOf(field), field.doc());
    }

    /** The default as JSON text, so that a null default and no default stay apart. */
    private static String defaultOf(Schema.Field field) {
        if (!field.hasDefaultValue()) {
            return null;
        }
        Object value = field.defaultVal();
        if (value == JsonProperties.NULL_VALUE) {
            return "null";
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
