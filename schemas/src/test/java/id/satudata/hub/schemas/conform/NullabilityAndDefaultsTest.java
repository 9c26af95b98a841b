package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

class NullabilityAndDefaultsTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {
              "type": "record", "name": "Desa", "namespace": "test",
              "fields": [
                {"name": "kode", "type": "string"},
                {"name": "luas", "type": ["null", "double"], "default": null},
                {"name": "penduduk", "type": ["long", "null"], "default": 0},
                {"name": "satuan", "type": "string", "default": "JIWA"},
                {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["DESA", "KELURAHAN"]},
                 "default": "DESA"},
                {"name": "anggaran", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2},
                 "default": "\\u0000"},
                {"name": "berdiri", "type": {"type": "int", "logicalType": "date"}, "default": 0},
                {"name": "catatan", "type": ["null", "string"]}
              ]
            }
            """);

    private final Conformer conformer = MappingCompiler.compile(SCHEMA, MappingSpec.identity());

    @Test
    void shouldUseSchemaDefaultsAndNullsForMissingValues() {
        GenericData.Record record = OneField.record(conformer.conform(MapRawRecord.of("kode", "3201010001")));
        assertThat(record.get("kode")).isEqualTo("3201010001");
        assertThat(record.get("luas")).isNull();
        assertThat(record.get("penduduk")).isEqualTo(0L);
        assertThat(record.get("satuan")).isEqualTo("JIWA").isInstanceOf(String.class);
        assertThat(record.get("status").toString()).isEqualTo("DESA");
        assertThat(record.get("anggaran")).isEqualTo(new BigDecimal("0.00"));
        assertThat(record.get("berdiri")).isEqualTo(LocalDate.EPOCH);
        assertThat(record.get("catatan")).isNull();
    }

    @Test
    void shouldTreatBlankValuesOfNullableFieldsAsNull() {
        GenericData.Record record = OneField.record(conformer.conform(
                MapRawRecord.of("kode", "3201010001", "luas", " \u00A0", "catatan", "", "penduduk", "1200")));
        assertThat(record.get("luas")).isNull();
        assertThat(record.get("catatan")).isNull();
        assertThat(record.get("penduduk")).isEqualTo(1200L);
    }

    @Test
    void shouldConformPresentValuesOfNullableFields() {
        GenericData.Record record =
                OneField.record(conformer.conform(MapRawRecord.of("kode", "1", "luas", "12.5", "catatan", "baru")));
        assertThat(record.get("luas")).isEqualTo(12.5);
        assertThat(record.get("catatan")).isEqualTo("baru");
    }

    @Test
    void shouldRejectMissingValueOfRequiredFieldWithoutDefault() {
        ConformResult result = conformer.conform(MapRawRecord.of("luas", "1"));
        assertThat(result).isInstanceOf(ConformResult.Rejected.class);
        assertThat(((ConformResult.Rejected) result).violations())
                .containsExactly(new Violation(
                        "kode",
                        null,
                        "required",
                        "source field 'kode' is missing or empty, but field 'kode' requires a value"
                                + " (it is not nullable and has no default)"));
    }

    @Test
    void shouldFillConstantFieldsWithoutReadingTheSource() {
        Conformer withConstant = MappingCompiler.compile(
                SCHEMA,
                new MappingSpec(Map.of(
                        "satuan", new FieldSpec(null, "RIBU JIWA", List.of(), Map.of()),
                        "status", new FieldSpec(null, "kelurahan", List.of(), Map.of()))));
        GenericData.Record record =
                OneField.record(withConstant.conform(MapRawRecord.of("kode", "1", "satuan", "ignored")));
        assertThat(record.get("satuan")).isEqualTo("RIBU JIWA");
        assertThat(record.get("status").toString()).isEqualTo("KELURAHAN");
    }
}
