package id.satudata.hub.catalog.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;

/**
 * Writes a record of a flat schema (primitive, enum, logical and {@code ["null", T]} fields) as Avro binary straight
 * into a buffer: the bytes {@code GenericDatumWriter} writes, without its lookups of datum classes and conversions
 * for every field. Every change-log row of a load carries such a payload, so this is on a load's critical path.
 * A schema with nested or fixed fields has no flat encoder and goes through {@code GenericDatumWriter}.
 */
final class FlatAvroEncoder {

    private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

    private final FieldCodec[] fields;

    private FlatAvroEncoder(FieldCodec[] fields) {
        this.fields = fields;
    }

    /** The encoder of a schema whose every field is flat, given its columns ({@link DatasetLayout#columns}), or empty. */
    static Optional<FlatAvroEncoder> of(Schema schema, List<DatasetColumn> columns) {
        FieldCodec[] fields = new FieldCodec[columns.size()];
        for (DatasetColumn column : columns) {
            Schema.Type type = column.schema().getType();
            if (column.kind() == ColumnKind.JSON || type == Schema.Type.FIXED) {
                return Optional.empty();
            }
            Schema declared = schema.getFields().get(column.position()).schema();
            int nullBranch = declared.getType() == Schema.Type.UNION ? declared.getIndexNamed("null") : -1;
            int valueBranch = nullBranch < 0 ? -1 : 1 - nullBranch;
            fields[column.position()] = new FieldCodec(column, nullBranch, valueBranch);
        }
        return Optional.of(new FlatAvroEncoder(fields));
    }

    void write(GenericRecord record, CopyBuffer out) {
        for (FieldCodec field : fields) {
            field.write(record.get(field.column.position()), out);
        }
    }

    /** One field: its column, and for a nullable field the union branches of null and of the value. */
    private record FieldCodec(DatasetColumn column, int nullBranch, int valueBranch) {

        void write(Object value, CopyBuffer out) {
            if (nullBranch >= 0) {
                writeLong(out, value == null ? nullBranch : valueBranch);
                if (value == null) {
                    return;
                }
            }
            Schema schema = column.schema();
            switch (column.kind()) {
                case STRING -> {
                    if (schema.getType() == Schema.Type.ENUM) {
                        writeLong(out, schema.getEnumOrdinal(value.toString()));
                    } else {
                        writeString(out, value);
                    }
                }
                case INT, LONG -> writeLong(out, ((Number) value).longValue());
                case FLOAT -> out.writeInt(
                        Integer.reverseBytes(Float.floatToRawIntBits(((Number) value).floatValue())));
                case DOUBLE -> out.writeLong(
                        Long.reverseBytes(Double.doubleToRawLongBits(((Number) value).doubleValue())));
                case BOOLEAN -> out.write(((Boolean) value) ? 1 : 0);
                case BYTES -> writeBytes(out, ColumnValues.bytes(value));
                case DATE -> writeLong(
                        out, value instanceof LocalDate date ? date.toEpochDay() : ((Number) value).longValue());
                case TIMESTAMP -> writeLong(out, timestamp(value));
                case DECIMAL -> writeBytes(
                        out,
                        ColumnValues.bytes(DECIMALS.toBytes(
                                ColumnValues.decimal(column, value), schema, schema.getLogicalType())));
                case JSON -> throw new IllegalStateException("field '" + column.name() + "' is not flat");
            }
        }

        private long timestamp(Object value) {
            if (!(value instanceof Instant instant)) {
                return ((Number) value).longValue();
            }
            return column.schema().getLogicalType() instanceof LogicalTypes.TimestampMicros
                    ? Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000)
                    : instant.toEpochMilli();
        }
    }

    private static void writeString(CopyBuffer out, Object value) {
        if (value instanceof Utf8 utf8) {
            writeLong(out, utf8.getByteLength());
            out.write(utf8.getBytes(), 0, utf8.getByteLength());
            return;
        }
        String text = value.toString();
        int start = out.size();
        writeLong(out, text.length());
        if (!out.appendAscii(text)) {
            out.truncate(start);
            writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeBytes(CopyBuffer out, byte[] bytes) {
        writeLong(out, bytes.length);
        out.write(bytes);
    }

    /** Avro's variable-length zig-zag long, which ints and lengths use too. */
    private static void writeLong(CopyBuffer out, long value) {
        long n = (value << 1) ^ (value >> 63);
        while ((n & ~0x7FL) != 0) {
            out.write((int) ((n & 0x7F) | 0x80));
            n >>>= 7;
        }
        out.write((int) n);
    }
}
