package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class MappingCompilerTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {
              "type": "record", "name": "Kemiskinan", "namespace": "test",
              "fields": [
                {"name": "kode", "type": "string"},
                {"name": "tahun", "type": "int"},
                {"name": "jumlah", "type": "long"},
                {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
                {"name": "kategori", "type": {"type": "enum", "name": "Kategori", "symbols": ["KOTA", "KABUPATEN"]}},
                {"name": "aktif", "type": "boolean"},
                {"name": "diperbarui", "type": {"type": "long", "logicalType": "timestamp-millis"}}
              ]
            }
            """);

    private static TransformSpec transform(String name, Map<String, String> args) {
        return new TransformSpec(name, args);
    }

    private static List<MappingProblem> problemsOf(Schema schema, Map<String, FieldSpec> fields) {
        InvalidMappingException thrown = catchThrowableOfType(
                () -> MappingCompiler.compile(schema, new MappingSpec(fields)), InvalidMappingException.class);
        assertThat(thrown).as("compile should have failed").isNotNull();
        return thrown.problems();
    }

    @Test
    void shouldCompileIdentityMappingOfSupportedTypes() {
        assertThat(MappingCompiler.compile(SCHEMA, MappingSpec.identity())).isNotNull();
    }

    @Test
    void shouldReportEveryProblemOfTheMappingAtOnce() {
        Map<String, FieldSpec> fields = new HashMap<>();
        fields.put("kode", new FieldSpec("kode", "32", List.of(), Map.of()));
        fields.put(
                "tahun",
                new FieldSpec(
                        "tahun",
                        null,
                        List.of(transform("trim", Map.of()), transform("uper", Map.of())),
                        Map.of("date", "yyyy")));
        fields.put(
                "jumlah",
                new FieldSpec(
                        "jumlah",
                        null,
                        List.of(transform("trim", Map.of()), transform("scale", Map.of("value", "seribu"))),
                        Map.of("number", "de")));
        fields.put("tanggal", new FieldSpec("tgl", null, List.of(), Map.of("date", "dd/MM/yy", "tanggal", "x")));
        fields.put("kategori", new FieldSpec(null, "DESA", List.of(), Map.of()));
        fields.put(
                "aktif",
                new FieldSpec(null, null, List.of(transform("replace", Map.of("to", "x", "with", "y"))), Map.of()));
        fields.put("nama", FieldSpec.fromSource("nama"));

        assertThat(problemsOf(SCHEMA, fields))
                .extracting(MappingProblem::path)
                .containsExactlyInAnyOrder(
                        "nama",
                        "kode",
                        "tahun.transforms[1]",
                        "tahun.parse.date",
                        "jumlah.transforms[1].value",
                        "jumlah.parse.number",
                        "tanggal.parse.date",
                        "tanggal.parse.tanggal",
                        "kategori.constant",
                        "aktif",
                        "aktif.transforms[0].with",
                        "aktif.transforms[0].from");
    }

    @Test
    void shouldExplainWhatIsWrongAndWhatIsAllowed() {
        Map<String, FieldSpec> fields = new HashMap<>();
        fields.put("nama", FieldSpec.fromSource("nama"));
        fields.put("tahun", new FieldSpec("tahun", null, List.of(transform("uper", Map.of())), Map.of("date", "yyyy")));
        fields.put(
                "jumlah",
                new FieldSpec("jumlah", null, List.of(transform("scale", Map.of("value", "seribu"))), Map.of()));
        fields.put("kategori", new FieldSpec(null, "DESA", List.of(), Map.of()));

        assertThat(problemsOf(SCHEMA, fields))
                .containsExactlyInAnyOrder(
                        new MappingProblem(
                                "nama",
                                "schema test.Kemiskinan has no field 'nama'; its fields are kode,"
                                        + " tahun, jumlah, tanggal, kategori, aktif, diperbarui"),
                        new MappingProblem(
                                "tahun.transforms[0]",
                                "unknown transform 'uper'; use one of trim,"
                                        + " collapse-spaces, upper, lower, title, replace, scale, default"),
                        new MappingProblem(
                                "tahun.parse.date",
                                "'date' does not apply to a field of type int; keys for type int: number"),
                        new MappingProblem(
                                "jumlah.transforms[0].value",
                                "'seribu' is not a number; give a factor such" + " as 1000 or 0.001"),
                        new MappingProblem(
                                "kategori.constant",
                                "constant 'DESA' is not one of the allowed values"
                                        + " (expected one of KOTA, KABUPATEN)"));
    }

    @Test
    void shouldRejectParseOptionsThatDoNotApplyOrAreInvalid() {
        List<MappingProblem> problems = problemsOf(
                SCHEMA,
                Map.of(
                        "kode", new FieldSpec("kode", null, List.of(), Map.of("code", "yes", "number", "id")),
                        "aktif", new FieldSpec("aktif", null, List.of(), Map.of("true", "ya", "false", "tidak, ya")),
                        "diperbarui",
                                new FieldSpec(
                                        "diperbarui",
                                        null,
                                        List.of(),
                                        Map.of(
                                                "zone",
                                                "Jakarta",
                                                "timestamp",
                                                "dd/MM/yyyy HH:mm",
                                                "date",
                                                "dd/MM/yyyy"))));
        assertThat(problems)
                .extracting(MappingProblem::path)
                .containsExactlyInAnyOrder(
                        "kode.parse.code", "kode.parse.number", "aktif.parse.true", "diperbarui.parse.zone");
    }

    @Test
    void shouldRejectDateAndTimestampTogether() {
        assertThat(problemsOf(
                        SCHEMA,
                        Map.of(
                                "diperbarui",
                                new FieldSpec("d", null, List.of(), Map.of("timestamp", "iso", "date", "dd/MM/yyyy")))))
                .containsExactly(new MappingProblem(
                        "diperbarui.parse.date", "give either 'date' (a date at midnight) or 'timestamp', not both"));
    }

    @Test
    void shouldRejectInvalidDateAndTimestampPatterns() {
        List<MappingProblem> problems = problemsOf(
                SCHEMA,
                Map.of(
                        "tanggal", new FieldSpec("t", null, List.of(), Map.of("date", "dd/MM")),
                        "diperbarui", new FieldSpec("d", null, List.of(), Map.of("timestamp", "dd/MM/yyyy {HH}"))));
        assertThat(problems)
                .extracting(MappingProblem::path)
                .containsExactlyInAnyOrder("tanggal.parse.date", "diperbarui.parse.timestamp");
        assertThat(problems).extracting(MappingProblem::message).anySatisfy(m -> assertThat(m)
                .contains("needs a year (yyyy)"));
    }

    @Test
    void shouldRejectScaleOnNonNumericFieldsAndMissingArguments() {
        assertThat(problemsOf(
                        SCHEMA,
                        Map.of(
                                "kode",
                                        new FieldSpec(
                                                "kode",
                                                null,
                                                List.of(transform("scale", Map.of("value", "10"))),
                                                Map.of()),
                                "tahun",
                                        new FieldSpec("tahun", null, List.of(transform("scale", Map.of())), Map.of()))))
                .containsExactlyInAnyOrder(
                        new MappingProblem(
                                "kode.transforms[0]",
                                "scale applies to numeric fields (int, long, float,"
                                        + " double, decimal), not to a field of type string"),
                        new MappingProblem(
                                "tahun.transforms[0].value",
                                "missing: 'scale' needs the factor, such as" + " 1000 or 0.001"));
    }

    @Test
    void shouldRejectADefaultThatDoesNotConform() {
        assertThat(problemsOf(
                        SCHEMA,
                        Map.of(
                                "tahun",
                                new FieldSpec(
                                        "tahun",
                                        null,
                                        List.of(transform("default", Map.of("value", "belum ada"))),
                                        Map.of()))))
                .containsExactly(new MappingProblem(
                        "tahun.transforms[0].value",
                        "default 'belum ada' is not an" + " integer (expected digits, optionally with '.0')"));
    }

    @Test
    void shouldRejectFieldTypesOutOfScope() {
        Schema nested = new Schema.Parser()
                .parse(
                        """
                {"type": "record", "name": "Nested", "namespace": "test", "fields": [
                  {"name": "tags", "type": {"type": "array", "items": "string"}},
                  {"name": "pilihan", "type": ["string", "int"]},
                  {"name": "jam", "type": {"type": "int", "logicalType": "time-millis"}}
                ]}
                """);
        assertThat(problemsOf(nested, Map.of()))
                .extracting(MappingProblem::path)
                .containsExactly("tags", "pilihan", "jam");
    }

    @Test
    void shouldRefuseSchemasThatAreNotRecords() {
        assertThatThrownBy(() -> MappingCompiler.compile(Schema.create(Schema.Type.STRING), MappingSpec.identity()))
                .isInstanceOf(InvalidMappingException.class)
                .hasMessageContaining("must be an Avro record");
    }

    @Test
    void shouldListSourceFieldsInSchemaOrderWithoutDuplicatesOrConstants() {
        MappingSpec mapping = new MappingSpec(Map.of(
                "kode", FieldSpec.fromSource("kode_kabupaten_kota"),
                "jumlah", FieldSpec.fromSource("kode_kabupaten_kota"),
                "kategori", new FieldSpec(null, "KOTA", List.of(), Map.of())));
        assertThat(MappingCompiler.sourceFields(mapping, SCHEMA))
                .containsExactly("kode_kabupaten_kota", "tahun", "tanggal", "aktif", "diperbarui");
    }
}
