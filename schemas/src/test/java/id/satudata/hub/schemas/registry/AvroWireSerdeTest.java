package id.satudata.hub.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.ConformedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** Confluent's wire format written and read back: exact bytes, logical types, resolution, the registry asked once. */
class AvroWireSerdeTest {

    static final Schema HARGA = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Harga", "namespace": "id.satudata.test", "fields": [
              {"name": "komoditas", "type": "string"},
              {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
              {"name": "harga", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
              {"name": "diperbarui", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "catatan", "type": ["null", "string"], "default": null}
            ]}
            """);

    /** HARGA a version later: one more field, with a default, so readers of new data can read old data. */
    static final Schema HARGA_WITH_SATUAN = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Harga", "namespace": "id.satudata.test", "fields": [
              {"name": "komoditas", "type": "string"},
              {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
              {"name": "harga", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
              {"name": "diperbarui", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "catatan", "type": ["null", "string"], "default": null},
              {"name": "satuan", "type": "string", "default": "kg"}
            ]}
            """);

    private final InMemoryRegistry registry = new InMemoryRegistry(0x01020304);
    private final AvroWireSerializer serializer = new AvroWireSerializer(registry);
    private final AvroWireDeserializer deserializer = new AvroWireDeserializer(registry);

    static GenericData.Record beras() {
        GenericData.Record record = new GenericData.Record(HARGA);
        record.put("komoditas", "Beras Medium");
        record.put("tanggal", LocalDate.of(2024, 8, 17));
        record.put("harga", new BigDecimal("13250.50"));
        record.put("diperbarui", Instant.parse("2024-08-17T03:00:00Z"));
        record.put("catatan", null);
        return record;
    }

    @Test
    void shouldWriteMagicByteThenTheBigEndianIdThenTheAvroBinary() throws IOException {
        byte[] bytes = serializer.serialize("harga-value", beras(), HARGA);

        assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0x00, 0x01, 0x02, 0x03, 0x04);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avroBinary(beras()));
    }

    @Test
    void shouldReadBackWhatItWroteWithLogicalTypesAsJavaTypes() {
        GenericRecord read =
                (GenericRecord) deserializer.deserialize(serializer.serialize("harga-value", beras(), HARGA));

        assertThat(read.get("komoditas")).hasToString("Beras Medium");
        assertThat(read.get("tanggal")).isEqualTo(LocalDate.of(2024, 8, 17));
        assertThat(read.get("harga")).isEqualTo(new BigDecimal("13250.50"));
        assertThat(read.get("diperbarui")).isEqualTo(Instant.parse("2024-08-17T03:00:00Z"));
        assertThat(read.get("catatan")).isNull();
    }

    @Test
    void shouldGiveAReaderSchemasDefaultToAFieldTheWriterLacked() {
        byte[] old = serializer.serialize("harga-value", beras(), HARGA);

        GenericRecord read = (GenericRecord) deserializer.deserialize(old, HARGA_WITH_SATUAN);

        assertThat(read.getSchema()).isEqualTo(HARGA_WITH_SATUAN);
        assertThat(read.get("satuan")).hasToString("kg");
        assertThat(read.get("harga")).isEqualTo(new BigDecimal("13250.50"));
    }

    @Test
    void shouldAskTheRegistryOncePerSubjectAndSchemaAndOncePerId() {
        for (int i = 0; i < 100; i++) {
            deserializer.deserialize(serializer.serialize("harga-value", beras(), HARGA));
        }

        assertThat(registry.registerCalls).hasValue(1);
        assertThat(registry.schemaByIdCalls).hasValue(1);
    }

    @Test
    void shouldLookUpInsteadOfRegisteringWhenToldNotToRegister() {
        registry.register("harga-value", HARGA);
        AvroWireSerializer lookingUp = new AvroWireSerializer(registry, false);

        byte[] bytes = lookingUp.serialize("harga-value", beras(), HARGA);

        assertThat(bytes[4]).isEqualTo((byte) 0x04);
        assertThat(registry.lookupCalls).hasValue(1);
        assertThat(registry.registerCalls).hasValue(1);
    }

    @Test
    void shouldFrameAvroBinaryWrittenEarlierAsTheSerializerWouldHaveWrittenIt() throws IOException {
        registry.register("harga-value", HARGA);

        byte[] framed = AvroWireFormat.frame(0x01020304, avroBinary(beras()));

        assertThat(framed).isEqualTo(serializer.serialize("harga-value", beras(), HARGA));
    }

    @Test
    void shouldWriteAndReadATombstoneAsNull() {
        assertThat(serializer.serialize("harga-value", null, HARGA)).isNull();
        assertThat(deserializer.deserialize(null)).isNull();
        assertThat(registry.registerCalls).hasValue(0);
    }

    private static byte[] avroBinary(GenericData.Record record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericData.Record>(HARGA, ConformedData.model()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
