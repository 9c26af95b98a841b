package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.ConformedData;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

class FlatAvroEncoderTest {

    private static final Schema FLAT = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Flat", "fields": [
              {"name": "nama", "type": "string"},
              {"name": "catatan", "type": ["null", "string"], "default": null},
              {"name": "sumber", "type": ["string", "null"]},
              {"name": "tahun", "type": "int"},
              {"name": "jumlah", "type": ["null", "long"]},
              {"name": "rasio", "type": "float"},
              {"name": "nilai", "type": ["null", "double"]},
              {"name": "aktif", "type": "boolean"},
              {"name": "berkas", "type": ["null", "bytes"]},
              {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
              {"name": "dibuat", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "diubah", "type": ["null", {"type": "long", "logicalType": "timestamp-micros"}]},
              {"name": "anggaran", "type": ["null", {"type": "bytes", "logicalType": "decimal", "precision": 14, "scale": 2}]},
              {"name": "kategori", "type": {"type": "enum", "name": "Kategori", "symbols": ["PERTANIAN", "INDUSTRI", "JASA"]}}
            ]}
            """);

    @Test
    void shouldWriteTheBytesOfAvrosOwnWriterForEveryFlatFieldKind() {
        FlatAvroEncoder flat = FlatAvroEncoder.of(FLAT, columnsOf(FLAT)).orElseThrow();
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            GenericRecord record = record(random, i);
            CopyBuffer out = new CopyBuffer(64);
            flat.write(record, out);
            assertThat(out.toByteArray()).as("record %s", record).isEqualTo(avro(record));
        }
    }

    @Test
    void shouldLeaveNestedAndFixedSchemasToAvrosWriter() {
        Schema nested = new Schema.Parser()
                .parse(
                        """
                {"type": "record", "name": "Nested", "fields": [
                  {"name": "tags", "type": {"type": "array", "items": "string"}}]}
                """);
        Schema fixed = new Schema.Parser()
                .parse(
                        """
                {"type": "record", "name": "Fixed", "fields": [
                  {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 4}}]}
                """);

        assertThat(FlatAvroEncoder.of(nested, columnsOf(nested))).isEmpty();
        assertThat(FlatAvroEncoder.of(fixed, columnsOf(fixed))).isEmpty();
    }

    private static GenericRecord record(Random random, int i) {
        boolean nulls = i % 3 == 0;
        GenericData.Record record = new GenericData.Record(FLAT);
        List<String> names = List.of("KAB. BOGOR", "Kota Bandung", "PUNCAK JAYA ☀", "", "Śląsk");
        record.put("nama", i % 7 == 0 ? new Utf8(names.get(i % names.size())) : names.get(i % names.size()));
        record.put("catatan", nulls ? null : "catatan " + i);
        record.put("sumber", nulls ? null : "BPS");
        record.put("tahun", random.nextInt() >> random.nextInt(32));
        record.put("jumlah", nulls ? null : random.nextLong() >> random.nextInt(64));
        record.put("rasio", i % 11 == 0 ? Float.NaN : random.nextFloat() * 1000 - 500);
        record.put("nilai", nulls ? null : random.nextGaussian() * 1e9);
        record.put("aktif", random.nextBoolean());
        byte[] bytes = new byte[random.nextInt(5)];
        random.nextBytes(bytes);
        record.put("berkas", nulls ? null : ByteBuffer.wrap(bytes));
        record.put(
                "tanggal", i % 2 == 0 ? LocalDate.ofEpochDay(random.nextInt(40_000) - 20_000) : random.nextInt(40_000));
        record.put("dibuat", i % 2 == 0 ? Instant.ofEpochMilli(random.nextLong() >> 20) : random.nextLong() >> 20);
        record.put("diubah", nulls ? null : Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000) * 1000L));
        record.put("anggaran", nulls ? null : BigDecimal.valueOf(random.nextLong() >> 20, 2));
        record.put(
                "kategori",
                new GenericData.EnumSymbol(
                        FLAT.getField("kategori").schema(),
                        List.of("PERTANIAN", "INDUSTRI", "JASA").get(i % 3)));
        return record;
    }

    private static byte[] avro(GenericRecord record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new GenericDatumWriter<GenericRecord>(FLAT, ConformedData.model()).write(record, encoder);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<DatasetColumn> columnsOf(Schema schema) {
        return schema.getFields().stream().map(DatasetColumn::of).toList();
    }
}
