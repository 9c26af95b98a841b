package id.satudata.hub.schemas.conform;

import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.util.Utf8;

/** Reading a field's schema: the value type behind {@code ["null", T]}, and the schema default as a Java value. */
final class FieldTypes {

    private FieldTypes() {}

    static boolean isNullable(Schema schema) {
        return schema.getType() == Schema.Type.UNION
                && schema.getTypes().stream().anyMatch(s -> s.getType() == Schema.Type.NULL);
    }

    /** The schema itself, T of a nullable union {@code ["null", T]}, or {@code null} for any other union. */
    static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        if (schema.getTypes().size() != 2 || !isNullable(schema)) {
            return null;
        }
        Schema first = schema.getTypes().get(0);
        return first.getType() == Schema.Type.NULL ? schema.getTypes().get(1) : first;
    }

    /** The default in the Java types conformed records use: {@code String}, not Avro's {@code Utf8}. */
    static Object defaultValue(Schema.Field field) {
        Object value = ConformedData.model().getDefaultValue(field);
        if (value instanceof Utf8 utf8) {
            return utf8.toString();
        }
        return value instanceof ByteBuffer buffer ? buffer.asReadOnlyBuffer() : value;
    }
}
