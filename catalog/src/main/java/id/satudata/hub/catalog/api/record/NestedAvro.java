package id.satudata.hub.catalog.api.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * A nested value (record, array, map) as the store keeps it, JSON text in the store's form (dates ISO-8601,
 * timestamps ISO instants, decimals numbers, bytes base64), read back into the Avro value of its schema. A union
 * takes its first non-null branch whose JSON shape the value has, as the store wrote it.
 */
final class NestedAvro {

    private NestedAvro() {}

    static Object value(Schema schema, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.Decimal) {
            return AvroValues.decimal(schema, node.decimalValue());
        }
        return switch (schema.getType()) {
            case UNION -> value(branch(schema, node), node);
            case RECORD -> record(schema, node);
            case ARRAY -> array(schema.getElementType(), node);
            case MAP -> map(schema.getValueType(), node);
            case ENUM -> new GenericData.EnumSymbol(schema, node.asText());
            case STRING -> node.asText();
            case INT -> logical instanceof LogicalTypes.Date ? LocalDate.parse(node.asText()) : node.intValue();
            case LONG -> logical == null ? node.longValue() : Instant.parse(node.asText());
            case FLOAT -> node.isTextual() ? Float.valueOf(node.asText()) : node.floatValue();
            case DOUBLE -> node.isTextual() ? Double.valueOf(node.asText()) : node.doubleValue();
            case BOOLEAN -> node.booleanValue();
            case BYTES -> ByteBuffer.wrap(Base64.getDecoder().decode(node.asText()));
            case FIXED -> new GenericData.Fixed(schema, Base64.getDecoder().decode(node.asText()));
            case NULL -> null;
        };
    }

    private static GenericData.Record record(Schema schema, JsonNode node) {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), value(field.schema(), node.get(field.name())));
        }
        return record;
    }

    private static List<Object> array(Schema elementType, JsonNode node) {
        List<Object> items = new ArrayList<>(node.size());
        node.forEach(item -> items.add(value(elementType, item)));
        return items;
    }

    private static Map<String, Object> map(Schema valueType, JsonNode node) {
        Map<String, Object> entries = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> entries.put(entry.getKey(), value(valueType, entry.getValue())));
        return entries;
    }

    private static Schema branch(Schema union, JsonNode node) {
        return union.getTypes().stream()
                .filter(branch -> branch.getType() != Schema.Type.NULL && fits(branch, node))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No branch of " + union + " holds " + node));
    }

    private static boolean fits(Schema branch, JsonNode node) {
        return switch (branch.getType()) {
            case RECORD, MAP -> node.isObject();
            case ARRAY -> node.isArray();
            case BOOLEAN -> node.isBoolean();
            case INT, LONG -> branch.getLogicalType() == null ? node.isIntegralNumber() : node.isTextual();
            case FLOAT, DOUBLE -> node.isNumber() || node.isTextual();
            case BYTES, FIXED -> branch.getLogicalType() instanceof LogicalTypes.Decimal
                    ? node.isNumber()
                    : node.isTextual();
            case STRING, ENUM -> node.isTextual();
            case NULL, UNION -> false;
        };
    }
}
