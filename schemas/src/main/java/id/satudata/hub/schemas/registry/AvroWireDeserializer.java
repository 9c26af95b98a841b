package id.satudata.hub.schemas.registry;

import id.satudata.hub.schemas.conform.ConformedData;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;

/**
 * Reads Confluent's wire format (magic byte 0, a 4-byte big-endian schema id, Avro binary) written by any
 * Confluent-compatible producer. The writer's schema is asked of the registry by id once, then cached with its reader.
 * Values come as {@link ConformedData#model()} makes them: records as {@code GenericData.Record}, logical types as
 * {@code LocalDate}, {@code Instant} and {@code BigDecimal}, strings as {@code org.apache.avro.util.Utf8}.
 * Thread-safe.
 */
public final class AvroWireDeserializer {

    private final SchemaRegistryClient registry;
    private final GenericData model;
    private final Map<ReaderKey, DatumReader<Object>> readers = new ConcurrentHashMap<>();
    private final ThreadLocal<BinaryDecoder> decoders = new ThreadLocal<>();

    public AvroWireDeserializer(SchemaRegistryClient registry) {
        this.registry = registry;
        this.model = ConformedData.model();
    }

    /** The datum as its writer's schema has it; {@code null} for {@code null} bytes (a Kafka tombstone). */
    public Object deserialize(byte[] payload) {
        return deserialize(payload, null);
    }

    /**
     * The datum resolved from its writer's schema to {@code readerSchema} by Avro's schema resolution (fields the
     * writer lacks take the reader's defaults, fields the reader lacks are skipped); {@code null} for {@code null}.
     *
     * @throws WireFormatException when the bytes are not the wire format, or not the Avro binary of their schema
     * @throws RegistryException when the registry does not know the schema id (40403) or cannot be reached
     */
    public Object deserialize(byte[] payload, Schema readerSchema) {
        if (payload == null) {
            return null;
        }
        if (payload.length < AvroWireFormat.HEADER_LENGTH) {
            throw new WireFormatException("Payload of " + payload.length + " bytes is shorter than the "
                    + AvroWireFormat.HEADER_LENGTH + "-byte header of the wire format (magic byte, schema id)");
        }
        if (payload[0] != AvroWireFormat.MAGIC_BYTE) {
            throw new WireFormatException(
                    String.format("Unknown magic byte 0x%02x: the wire format starts with 0x00", payload[0] & 0xff));
        }
        int id = (payload[1] & 0xff) << 24 | (payload[2] & 0xff) << 16 | (payload[3] & 0xff) << 8 | payload[4] & 0xff;
        DatumReader<Object> reader = readers.computeIfAbsent(new ReaderKey(id, readerSchema), this::readerOf);
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(
                        payload,
                        AvroWireFormat.HEADER_LENGTH,
                        payload.length - AvroWireFormat.HEADER_LENGTH,
                        decoders.get());
        decoders.set(decoder);
        try {
            return reader.read(null, decoder);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | NegativeArraySizeException bad) {
            throw new WireFormatException(
                    "Payload of schema id " + id + " cannot be read"
                            + (readerSchema == null ? "" : " as " + readerSchema.getFullName()) + ": "
                            + bad.getMessage(),
                    bad);
        }
    }

    private DatumReader<Object> readerOf(ReaderKey key) {
        Schema writer = writerSchema(key.writerId());
        return new GenericDatumReader<>(writer, key.reader() == null ? writer : key.reader(), model);
    }

    private Schema writerSchema(int id) {
        try {
            return registry.schemaById(id);
        } catch (RegistryException unknown) {
            throw new RegistryException(
                    unknown.httpStatus(),
                    unknown.errorCode(),
                    "Schema id " + id + " of the payload: " + unknown.getMessage(),
                    unknown);
        }
    }

    /** A writer's schema id and the reader's schema, {@code null} when the writer's schema reads itself. */
    private record ReaderKey(int writerId, Schema reader) {}
}
