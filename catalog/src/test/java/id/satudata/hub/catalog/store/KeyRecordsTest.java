package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class KeyRecordsTest {

    private static final Schema KEY = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "HargaKey", "namespace": "id.satudata.test", "fields": [
              {"name": "pasar", "type": "string"},
              {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
              {"name": "harga", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
              {"name": "diperbarui", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "tahun", "type": "long"},
              {"name": "satuan", "type": {"type": "enum", "name": "Satuan", "symbols": ["KG", "LITER"]}}
            ]}
            """);

    @Test
    void shouldTurnARecordKeyBackIntoTheKeyRecordItWasMadeFrom() {
        GenericData.Record key = new GenericData.Record(KEY);
        key.put("pasar", "Pasar Baru: Bandung 100%");
        key.put("tanggal", LocalDate.of(2024, 8, 17));
        key.put("harga", new BigDecimal("13250.50"));
        key.put("diperbarui", Instant.parse("2024-08-17T03:00:00.125Z"));
        key.put("tahun", 2024L);
        key.put("satuan", new GenericData.EnumSymbol(KEY.getField("satuan").schema(), "KG"));
        List<String> fields = KEY.getFields().stream().map(Schema.Field::name).toList();

        GenericRecord parsed = KeyRecords.of(RecordKey.of(key, fields), KEY);

        for (String field : fields) {
            assertThat(parsed.get(field)).as(field).isEqualTo(key.get(field));
        }
    }

    @Test
    void shouldTypeTheKeyOfTheKemiskinanDataset() {
        Schema keySchema = Schema.createRecord(
                "KemiskinanKey",
                null,
                "id.satudata.test",
                false,
                List.of(
                        new Schema.Field("kode_kabupaten_kota", Schema.create(Schema.Type.STRING)),
                        new Schema.Field("tahun", Schema.create(Schema.Type.INT))));

        GenericRecord key = KeyRecords.of("3201:2020", keySchema);

        assertThat(key.get("kode_kabupaten_kota")).isEqualTo("3201");
        assertThat(key.get("tahun")).isEqualTo(2020);
    }

    @Test
    void shouldRefuseAKeyWithTheWrongNumberOrTypeOfValues() {
        assertThatThrownBy(() -> KeyRecords.of("Pasar Baru:2024-08-17", KEY))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("has 2 values for 6 key fields");
        assertThatThrownBy(() -> KeyRecords.of("a:17 Agustus:1.00:2024-08-17T03%3A00%3A00Z:2024:KG", KEY))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("for tanggal");
    }
}
