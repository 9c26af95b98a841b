package id.satudata.hub.catalog.api.record;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.quotedName;

import org.apache.avro.Schema;
import org.jooq.Field;

/**
 * One column of a dataset table as the API reads it: a schema field, or one of the store's own columns
 * ({@code _key}, {@code _seq}, {@code _updated_at}) described as if it were one, so that filters, sorts, projections
 * and every output format treat them alike. The column is quoted because the store creates dataset tables with
 * quoted lower-case names.
 *
 * @param type the field's Avro type, without the null branch of a nullable union
 */
public record FieldColumn(String name, ColumnKind kind, Schema type) {

    static FieldColumn of(Schema.Field avroField) {
        Schema type = nonNull(avroField.schema());
        return new FieldColumn(avroField.name(), ColumnKind.of(type), type);
    }

    /** A store column, typed as the Avro type that describes its values. */
    static FieldColumn store(String name, Schema type) {
        return new FieldColumn(name, ColumnKind.of(type), type);
    }

    @SuppressWarnings("unchecked")
    public Field<Object> column() {
        return (Field<Object>) field(quotedName(name), kind.dataType(type));
    }

    /** How to name this field's type in a message about a value that does not fit it. */
    String expected() {
        return kind == ColumnKind.ENUM ? "one of " + String.join(", ", type.getEnumSymbols()) : kind.expected();
    }

    /** {@code ["null", T]} is stored as a nullable column of T; any other union is JSON text. */
    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        var branches = schema.getTypes().stream()
                .filter(branch -> branch.getType() != Schema.Type.NULL)
                .toList();
        return branches.size() == 1 ? branches.get(0) : schema;
    }
}
