package id.satudata.hub.catalog.store;

import id.satudata.hub.schemas.conform.ConformedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * A record as the change log keeps it: Avro binary under the dataset's schema version ({@code change_log
 * .schema_version}), the form a Kafka outlet sends after the Confluent wire-format header, and about a quarter of
 * the JSON's size. One encoder per batch: create it for a layout and use it from one thread.
 */
public final class RecordPayload {

    private final GenericDatumWriter<GenericRecord> writer;
    /** The faster way for flat schemas, which nearly all datasets have; {@code null} for others. */
    private final FlatAvroEncoder flat;

    private final CopyBuffer buffer = new CopyBuffer(256);
    private BinaryEncoder encoder;

    RecordPayload(DatasetLayout layout) {
        this.writer = new GenericDatumWriter<>(layout.schema(), ConformedData.model());
        this.flat = FlatAvroEncoder.of(layout.schema(), layout.columns()).orElse(null);
    }

    byte[] encode(GenericRecord record) {
        buffer.reset();
        write(record, buffer);
        return buffer.toByteArray();
    }

    /** Appends the record to a binary COPY row as a {@code bytea} field: its length, then its Avro binary. */
    void writeCopyField(GenericRecord record, CopyBuffer row) {
        int lengthAt = row.size();
        row.writeInt(0);
        write(record, row);
        row.putInt(lengthAt, row.size() - lengthAt - 4);
    }

    private void write(GenericRecord record, CopyBuffer out) {
        if (flat != null) {
            flat.write(record, out);
            return;
        }
        encoder = EncoderFactory.get().directBinaryEncoder(out, encoder);
        try {
            writer.write(record, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("a record could not be written as Avro", e);
        }
    }

    /** Reads a payload back under the schema it was written with. */
    public static GenericRecord decode(Schema schema, byte[] payload) {
        return decode(schema, schema, payload);
    }

    /**
     * Reads a payload written under an earlier schema version as a later one, through Avro schema resolution: a
     * field added since gets its default, a field removed since is skipped.
     */
    public static GenericRecord decode(Schema writerSchema, Schema readerSchema, byte[] payload) {
        try {
            return new GenericDatumReader<GenericRecord>(writerSchema, readerSchema, ConformedData.model())
                    .read(null, DecoderFactory.get().binaryDecoder(payload, null));
        } catch (IOException e) {
            throw new UncheckedIOException("a change log payload is not Avro of its schema", e);
        }
    }
}
