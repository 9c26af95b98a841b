package id.satudata.hub.schemas.registry;

import id.satudata.hub.schemas.conform.ConformedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;

/**
 * Writes a datum in Confluent's wire format (magic byte 0, the schema's 4-byte big-endian id, Avro binary), as
 * every Confluent client reads it. The schema's id is asked of the registry once per (subject, schema), then cached:
 * by registering (as Confluent's {@code auto.register.schemas}), or by looking it up for a producer that must not
 * register. Datums are written with {@link ConformedData#model()}, so {@code LocalDate}, {@code Instant} and
 * {@code BigDecimal} go in as their logical types. Thread-safe.
 */
public final class AvroWireSerializer {

    private static final int INITIAL_BUFFER = 256;

    private final SchemaRegistryClient registry;
    private final boolean register;
    private final GenericData model;
    private final Map<SubjectSchema, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private final ThreadLocal<BinaryEncoder> encoders = new ThreadLocal<>();

    /** A serializer that registers each schema under its subject, or finds it there when it is already. */
    public AvroWireSerializer(SchemaRegistryClient registry) {
        this(registry, true);
    }

    /** @param register whether to register a schema the subject lacks, or to fail with the registry's 40403 */
    public AvroWireSerializer(SchemaRegistryClient registry, boolean register) {
        this.registry = registry;
        this.register = register;
        this.model = ConformedData.model();
    }

    /**
     * The datum in the wire format, its schema registered under (or found in) {@code subject}; {@code null} for a
     * {@code null} datum, as a Kafka tombstone.
     *
     * @throws RegistryException when the registry refuses the schema or cannot be reached
     * @throws WireFormatException when the datum does not fit the schema
     */
    public byte[] serialize(String subject, Object datum, Schema schema) {
        if (datum == null) {
            return null;
        }
        int id = ids.computeIfAbsent(new SubjectSchema(subject, schema), this::idOf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BUFFER);
        out.write(AvroWireFormat.MAGIC_BYTE);
        out.write(id >>> 24);
        out.write(id >>> 16);
        out.write(id >>> 8);
        out.write(id);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, encoders.get());
        encoders.set(encoder);
        try {
            writers.computeIfAbsent(schema, this::writerOf).write(datum, encoder);
            encoder.flush();
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        } catch (AvroRuntimeException | ClassCastException | NullPointerException misfit) {
            throw new WireFormatException(
                    "Datum does not fit schema " + schema.getFullName() + " (id " + id + ") of subject " + subject
                            + ": " + misfit.getMessage(),
                    misfit);
        }
        return out.toByteArray();
    }

    private int idOf(SubjectSchema key) {
        return register
                ? registry.register(key.subject(), key.schema())
                : registry.lookup(key.subject(), key.schema()).id();
    }

    private DatumWriter<Object> writerOf(Schema schema) {
        return new GenericDatumWriter<>(schema, model);
    }

    private record SubjectSchema(String subject, Schema schema) {}
}
