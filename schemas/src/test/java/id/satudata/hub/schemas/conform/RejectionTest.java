package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class RejectionTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {
              "type": "record", "name": "Penduduk", "namespace": "test",
              "fields": [
                {"name": "kode_wilayah", "type": "string"},
                {"name": "tahun", "type": "int"},
                {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
                {"name": "jumlah", "type": "long"},
                {"name": "aktif", "type": "boolean"},
                {"name": "kategori", "type": {"type": "enum", "name": "Kategori", "symbols": ["KOTA", "KABUPATEN"]}}
              ]
            }
            """);

    private static final MappingSpec MAPPING = new MappingSpec(Map.of(
            "kode_wilayah", FieldSpec.fromSource("kode"),
            "tanggal", new FieldSpec("tgl", null, List.of(), Map.of("date", "dd/MM/yyyy")),
            "jumlah",
                    new FieldSpec(
                            "jumlah", null, List.of(new TransformSpec("scale", Map.of("value", "1000"))), Map.of())));

    private final Conformer conformer = MappingCompiler.compile(SCHEMA, MAPPING);

    @Test
    void shouldRejectRecordListingEveryFailingField() {
        ConformResult result = conformer.conform(MapRawRecord.of(
                "tahun", "20x9", "tgl", "31/02/2023", "jumlah", "451.3456", "aktif", "mungkin", "kategori", "DESA"));

        assertThat(result).isInstanceOf(ConformResult.Rejected.class);
        List<Violation> violations = ((ConformResult.Rejected) result).violations();
        assertThat(violations)
                .extracting(Violation::field, Violation::rawValue, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kode_wilayah", null, "required"),
                        org.assertj.core.groups.Tuple.tuple("tahun", "20x9", "int"),
                        org.assertj.core.groups.Tuple.tuple("tanggal", "31/02/2023", "date"),
                        org.assertj.core.groups.Tuple.tuple("jumlah", "451.3456", "scale"),
                        org.assertj.core.groups.Tuple.tuple("aktif", "mungkin", "boolean"),
                        org.assertj.core.groups.Tuple.tuple("kategori", "DESA", "enum"));
        assertThat(violations.get(0).message()).startsWith("source field 'kode' is missing");
        assertThat(violations.get(1).message())
                .isEqualTo(
                        "source field 'tahun' value '20x9' is not an integer (expected digits, optionally with '.0')");
        assertThat(violations.get(2).message()).startsWith("source field 'tgl' value '31/02/2023' is not a date");
    }

    @Test
    void shouldConformTheSameRecordOnceFixed() {
        ConformResult result = conformer.conform(MapRawRecord.of(
                "kode",
                "3201",
                "tahun",
                "2019.0",
                "tgl",
                "28/02/2023",
                "jumlah",
                "451.3",
                "aktif",
                "ya",
                "kategori",
                "kabupaten"));
        assertThat(OneField.record(result).get("jumlah")).isEqualTo(451300L);
    }

    @Test
    void shouldReportTheRawValueAsTextBeforeTransforms() {
        Conformer trimmed = MappingCompiler.compile(
                SCHEMA,
                new MappingSpec(Map.of(
                        "tahun",
                        new FieldSpec("tahun", null, List.of(new TransformSpec("trim", Map.of())), Map.of()))));
        ConformResult result = trimmed.conform(MapRawRecord.of(
                "kode_wilayah",
                "1",
                "tahun",
                " 2019,5 ",
                "tanggal",
                "2023-01-30",
                "jumlah",
                1,
                "aktif",
                true,
                "kategori",
                "KOTA"));
        assertThat(((ConformResult.Rejected) result).violations())
                .singleElement()
                .satisfies(v -> assertThat(v.rawValue()).isEqualTo(" 2019,5 "));
    }
}
