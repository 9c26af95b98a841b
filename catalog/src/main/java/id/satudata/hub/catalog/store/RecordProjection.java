package id.satudata.hub.catalog.store;

import id.satudata.hub.schemas.conform.ConformedData;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Brings a record conformed under an earlier schema version to the dataset's current one, as Avro schema
 * resolution would read it: fields added since take their default, fields removed since are dropped, and numbers
 * are widened where the field was promoted (int to long, float to double). A batch conformed just before a schema
 * change is therefore stored under the new version instead of being refused.
 */
final class RecordProjection {

    private RecordProjection() {}

    /**
     * The changes of a batch under {@code target}; each distinct schema instance of the batch is compared with it
     * once, since a full schema comparison costs more than conforming the record.
     */
    static List<RecordChange> toSchema(List<RecordChange> changes, Schema target) {
        Map<Schema, Boolean> sameAsTarget = new IdentityHashMap<>();
        sameAsTarget.put(target, true);
        List<RecordChange> projected = new ArrayList<>(changes.size());
        for (RecordChange change : changes) {
            if (change instanceof RecordChange.Upsert upsert
                    && !sameAsTarget.computeIfAbsent(upsert.record().getSchema(), target::equals)) {
                projected.add(new RecordChange.Upsert(project(upsert.record(), target)));
            } else {
                projected.add(change);
            }
        }
        return projected;
    }

    private static GenericRecord project(GenericRecord record, Schema target) {
        GenericData.Record projected = new GenericData.Record(target);
        Schema source = record.getSchema();
        for (Schema.Field field : target.getFields()) {
            Schema.Field old = source.getField(field.name());
            Object value = old == null
                    ? ConformedData.model().getDefaultValue(field)
                    : widen(record.get(old.pos()), nonNull(field.schema()));
            projected.put(field.pos(), value);
        }
        return projected;
    }

    private static Object widen(Object value, Schema target) {
        if (value instanceof Number number && target.getLogicalType() == null) {
            return switch (target.getType()) {
                case LONG -> number.longValue();
                case FLOAT -> number.floatValue();
                case DOUBLE -> number.doubleValue();
                default -> value;
            };
        }
        return value;
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream()
                .filter(branch -> branch.getType() != Schema.Type.NULL)
                .findFirst()
                .orElse(schema);
    }
}
