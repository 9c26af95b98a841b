package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingsSpec;
import id.satudata.hub.connectors.file.FileSourceSettings;
import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.TransformSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {

    private static final String SCHEMA =
            """
            {
              "type": "record",
              "name": "PendudukMiskin",
              "namespace": "id.satudata.test",
              "fields": [
                {"name": "kode_kabupaten_kota", "type": "string"},
                {"name": "nama_kabupaten_kota", "type": "string"},
                {"name": "tahun", "type": "int"},
                {"name": "jumlah_penduduk_miskin", "type": "long"},
                {"name": "catatan", "type": ["null", "string"], "default": null}
              ]
            }
            """;

    private static final String DATASET =
            """
            id: penduduk-miskin
            title: Jumlah Penduduk Miskin
            description: per kabupaten/kota
            producer: BPS Jawa Barat
            key-fields: [kode_kabupaten_kota, tahun]
            schema: penduduk-miskin.avsc
            """;

    private static final String PIPELINE =
            """
            id: penduduk-miskin-csv
            dataset: penduduk-miskin
            source:
              kind: file
              format: csv
              delimiter: ";"
              encoding: windows-1252
              skip-lines: 1
            schedule:
              poll-interval: 5s
            mapping:
              kode_kabupaten_kota: kode_kabupaten_kota
              nama_kabupaten_kota: { source: nama, transforms: [trim, collapse-spaces, upper] }
              tahun: tahun
              jumlah_penduduk_miskin: { source: jumlah, transforms: [{ scale: 1000 }], parse: { number: id } }
              catatan: { constant: "-" }
            """;

    @TempDir
    Path config;

    @BeforeEach
    void writeSchema() throws IOException {
        write("datasets/penduduk-miskin.avsc", SCHEMA);
    }

    @Test
    void shouldLoadValidDatasetAndPipeline() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write("pipelines/penduduk-miskin-csv.yaml", PIPELINE);

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.problems()).isEmpty();
        DatasetDefinition dataset = definitions.datasets().get(0);
        assertThat(dataset.id()).isEqualTo("penduduk-miskin");
        assertThat(dataset.title()).isEqualTo("Jumlah Penduduk Miskin");
        assertThat(dataset.description()).isEqualTo("per kabupaten/kota");
        assertThat(dataset.producer()).isEqualTo("BPS Jawa Barat");
        assertThat(dataset.keyFields()).containsExactly("kode_kabupaten_kota", "tahun");
        assertThat(dataset.schema().getFullName()).isEqualTo("id.satudata.test.PendudukMiskin");

        PipelineDefinition pipeline = definitions.pipelines().get(0);
        assertThat(pipeline.id()).isEqualTo("penduduk-miskin-csv");
        assertThat(pipeline.datasetId()).isEqualTo("penduduk-miskin");
        assertThat(pipeline.dataset()).isEqualTo(dataset);
        assertThat(pipeline.sourceKind()).isEqualTo("file");
        assertThat(pipeline.sourceSettings())
                .containsExactly(
                        Map.entry("format", "csv"),
                        Map.entry("delimiter", ";"),
                        Map.entry("encoding", "windows-1252"),
                        Map.entry("skip-lines", 1));
        FileSourceSettings file = pipeline.typedSource(FileSourceSettings.class);
        assertThat(file.reading().csv().delimiter()).isEqualTo(';');
        assertThat(file.reading().encoding().name()).isEqualTo("windows-1252");
        assertThat(file.reading().csv().skipLines()).isEqualTo(1);
        assertThat(file.batchSize()).isEqualTo(5000);
        assertThat(pipeline.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(pipeline.mapping().fields())
                .containsEntry("kode_kabupaten_kota", FieldSpec.fromSource("kode_kabupaten_kota"))
                .containsEntry("tahun", FieldSpec.fromSource("tahun"))
                .containsEntry(
                        "jumlah_penduduk_miskin",
                        new FieldSpec(
                                "jumlah",
                                null,
                                List.of(new TransformSpec("scale", Map.of("value", "1000"))),
                                Map.of("number", "id")))
                .containsEntry("catatan", new FieldSpec(null, "-", List.of(), Map.of()));
        assertThat(pipeline.mapping().fields().get("nama_kabupaten_kota").transforms())
                .extracting(TransformSpec::name)
                .containsExactly("trim", "collapse-spaces", "upper");
        assertThat(pipeline.conformer()).isNotNull();
        assertThat(pipeline.file()).isEqualTo(config.resolve("pipelines/penduduk-miskin-csv.yaml"));
        assertThat(definitions.invalid()).isEmpty();
    }

    @Test
    void shouldDefaultPollIntervalToOneSecond() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write("pipelines/p.yaml", PIPELINE.replace("schedule:\n  poll-interval: 5s\n", ""));

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.problems()).isEmpty();
        assertThat(definitions.pipelines().get(0).pollInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldReportEachOfThreeMistakesInOnePipeline() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write(
                "pipelines/penduduk-miskin-csv.yaml",
                PIPELINE.replace("id: penduduk-miskin-csv", "id: Penduduk_Miskin")
                        .replace("skip-lines: 1", "batch-size: 0")
                        .replace("poll-interval: 5s", "poll-interval: soon"));

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.pipelines()).isEmpty();
        assertThat(definitions.datasets()).hasSize(1);
        InvalidDefinition invalid = definitions.invalid().get(0);
        assertThat(invalid.kind()).isEqualTo("pipeline");
        assertThat(invalid.id()).isEqualTo("Penduduk_Miskin");
        assertThat(invalid.datasetId()).isEqualTo("penduduk-miskin");
        assertThat(invalid.file()).isEqualTo(config.resolve("pipelines/penduduk-miskin-csv.yaml"));
        assertThat(invalid.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "pipelines/penduduk-miskin-csv.yaml: id: 'Penduduk_Miskin' is not an id matching"
                                + " [a-z0-9][a-z0-9-]*, e.g. penduduk-miskin-jabar",
                        "pipelines/penduduk-miskin-csv.yaml: source.batch-size: must be between 1 and 100000, was 0",
                        "pipelines/penduduk-miskin-csv.yaml: schedule.poll-interval: must be a duration such as 200ms,"
                                + " 5s, 1m, 1h or PT5S, was 'soon'");
    }

    @Test
    void shouldInvalidatePipelinesOfBrokenDatasetPointingAtItsFile() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET.replace("[kode_kabupaten_kota, tahun]", "[catatan]"));
        write("pipelines/penduduk-miskin-csv.yaml", PIPELINE);

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.datasets()).isEmpty();
        assertThat(definitions.pipelines()).isEmpty();
        assertThat(definitions.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "datasets/penduduk-miskin.yaml: key-fields: key field 'catatan' must not be nullable",
                        "pipelines/penduduk-miskin-csv.yaml: dataset: dataset 'penduduk-miskin' is invalid (see"
                                + " datasets/penduduk-miskin.yaml); this pipeline starts once it is fixed");
        assertThat(definitions.invalid())
                .extracting(InvalidDefinition::kind, InvalidDefinition::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dataset", "penduduk-miskin"),
                        org.assertj.core.groups.Tuple.tuple("pipeline", "penduduk-miskin-csv"));
    }

    @Test
    void shouldSuggestKnownKeyForMistypedOne() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET.replace("key-fields:", "key_fields:"));

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "datasets/penduduk-miskin.yaml: key_fields: unknown key; did you mean 'key-fields'? allowed:"
                                + " id, title, description, producer, key-fields, schema",
                        "datasets/penduduk-miskin.yaml: key-fields: is missing; expected a list of the schema fields"
                                + " that identify a record, e.g. [kode_kabupaten_kota, tahun]");
    }

    @Test
    void shouldSuggestKnownSourceSettingAndKind() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write("pipelines/a.yaml", PIPELINE.replace("skip-lines:", "skiplines:"));
        write(
                "pipelines/b.yaml",
                PIPELINE.replace("id: penduduk-miskin-csv", "id: b").replace("kind: file", "kind: fiel"));

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.problems())
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "source.skiplines",
                                "unknown setting; did you mean 'skip-lines'? allowed: format, delimiter, quote,"
                                        + " encoding, skip-lines, sheet, header-row, records-pointer, unpivot,"
                                        + " batch-size, include"),
                        org.assertj.core.groups.Tuple.tuple(
                                "source.kind",
                                "unknown source kind 'fiel'; did you mean 'file'? known kinds: file, rest, jdbc, cdc, sftp, push"));
    }

    @Test
    void shouldReportDuplicateIdsInEveryFileDeclaringThem() throws IOException {
        write("datasets/a.yaml", DATASET);
        write("datasets/b.yaml", DATASET);
        write("pipelines/x.yaml", PIPELINE);
        write("pipelines/y.yaml", PIPELINE.replace("dataset: penduduk-miskin", "dataset: penduduk-miskin-2"));
        write("datasets/c.yaml", DATASET.replace("id: penduduk-miskin", "id: penduduk-miskin-2"));

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.datasets()).extracting(DatasetDefinition::id).containsExactly("penduduk-miskin-2");
        assertThat(definitions.pipelines()).isEmpty();
        assertThat(definitions.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "datasets/a.yaml: id: dataset id 'penduduk-miskin' is also declared in datasets/b.yaml; ids"
                                + " must be unique",
                        "datasets/b.yaml: id: dataset id 'penduduk-miskin' is also declared in datasets/a.yaml; ids"
                                + " must be unique",
                        "pipelines/x.yaml: dataset: dataset 'penduduk-miskin' is declared more than once"
                                + " (datasets/a.yaml, datasets/b.yaml); give each its own id",
                        "pipelines/x.yaml: id: pipeline id 'penduduk-miskin-csv' is also declared in"
                                + " pipelines/y.yaml; ids must be unique",
                        "pipelines/y.yaml: id: pipeline id 'penduduk-miskin-csv' is also declared in"
                                + " pipelines/x.yaml; ids must be unique");
    }

    @Test
    void shouldReportUnreadableYamlWithLineAndColumnAndKeepTheOthers() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write("datasets/rusak.yaml", "id: rusak\nkey-fields: [a, b\ntitle: x\n");
        write("pipelines/penduduk-miskin-csv.yaml", PIPELINE);

        Definitions definitions = DefinitionLoader.load(config);

        assertThat(definitions.datasets()).hasSize(1);
        assertThat(definitions.pipelines()).hasSize(1);
        InvalidDefinition invalid = definitions.invalid().get(0);
        assertThat(invalid.id()).isNull();
        assertThat(invalid.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).matches("unreadable YAML at line \\d+, column \\d+: .+");
        });
    }

    @Test
    void shouldReportDuplicateKeyInOneFile() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET + "title: lagi\n");

        assertThat(DefinitionLoader.load(config).problems())
                .extracting(DefinitionProblem::message)
                .containsExactly("unreadable YAML at line 7, column 6: Duplicate field 'title'");
    }

    @Test
    void shouldReportMissingAndBlankKeysAndWrongTypes() throws IOException {
        write("datasets/d.yaml", "id: d\ntitle: ' '\nkey-fields: kode\nschema: [a]\ndescription: {a: b}\n");

        assertThat(DefinitionLoader.load(config).problems())
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", "is blank; expected the dataset's title (text)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "description", "must be a description of the dataset (text), was a map"),
                        org.assertj.core.groups.Tuple.tuple(
                                "producer", "is missing; expected the agency that publishes the dataset (text)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "key-fields",
                                "must be a list of the schema fields that identify a record, e.g."
                                        + " [kode_kabupaten_kota, tahun], was 'kode'"),
                        org.assertj.core.groups.Tuple.tuple(
                                "schema", "must be the path of an .avsc file, relative to this file, was a list"));
    }

    @Test
    void shouldReportMissingAndInvalidSchemaFiles() throws IOException {
        write(
                "datasets/a.yaml",
                DATASET.replace("id: penduduk-miskin", "id: a").replace("penduduk-miskin.avsc", "a.avsc"));
        write(
                "datasets/b.yaml",
                DATASET.replace("id: penduduk-miskin", "id: b").replace("penduduk-miskin.avsc", "b.avsc"));
        write(
                "datasets/b.avsc",
                "{\"type\": \"record\", \"name\": \"B\", \"fields\": [{\"name\": \"x\", \"type\": \"strin\"}]}");

        assertThat(DefinitionLoader.load(config).problems())
                .extracting(Object::toString)
                .satisfiesExactly(
                        a -> assertThat(a)
                                .isEqualTo("datasets/a.yaml: schema: schema file 'a.avsc' does not exist (looked for"
                                        + " datasets/a.avsc)"),
                        b -> assertThat(b)
                                .startsWith("datasets/b.yaml: schema: schema file 'b.avsc' is not a valid Avro schema:")
                                .contains("strin"));
    }

    @Test
    void shouldReportUnknownDatasetWithSuggestion() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write("pipelines/p.yaml", PIPELINE.replace("dataset: penduduk-miskin", "dataset: penduduk-miskn"));

        assertThat(DefinitionLoader.load(config).problems())
                .extracting(Object::toString)
                .containsExactly("pipelines/p.yaml: dataset: no dataset 'penduduk-miskn' is declared in datasets/;"
                        + " did you mean 'penduduk-miskin'?; declared: penduduk-miskin");
    }

    @Test
    void shouldReportMalformedMappingEntries() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write(
                "pipelines/p.yaml",
                PIPELINE.replace("tahun: tahun", "tahun:")
                        .replace("[{ scale: 1000 }]", "[{ scale: 1000, default: 0 }]")
                        .replace("catatan: { constant: \"-\" }", "catatan: { constan: \"-\" }"));

        assertThat(DefinitionLoader.load(config).problems())
                .extracting(DefinitionProblem::path)
                .containsExactly(
                        "mapping.tahun", "mapping.jumlah_penduduk_miskin.transforms[0]", "mapping.catatan.constan");
    }

    @Test
    void shouldReportMappingProblemsOfTheConformEngineUnderMapping() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write("pipelines/p.yaml", PIPELINE + "  tidak_ada: kolom\n");

        assertThat(DefinitionLoader.load(config).problems())
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.path()).startsWith("mapping.tidak_ada"));
    }

    @Test
    void shouldAcceptSourceKindsRegisteredLater() throws IOException {
        write("datasets/penduduk-miskin.yaml", DATASET);
        write(
                "pipelines/p.yaml",
                PIPELINE.replace(
                        "  kind: file\n  format: csv\n  delimiter: \";\"\n  encoding: windows-1252\n  skip-lines: 1\n",
                        "  kind: odata\n  url: https://data.jabarprov.go.id/api\n"));
        Setting<String> url = Setting.string("url").required();
        SourceKinds kinds =
                SourceKinds.builtIn().with(new SourceKind<>("odata", SettingsSpec.of(url), parsed -> parsed.get(url)));

        Definitions definitions = DefinitionLoader.load(config, kinds);

        assertThat(definitions.problems()).isEmpty();
        assertThat(definitions.pipelines().get(0).typedSource()).isEqualTo("https://data.jabarprov.go.id/api");
        assertThat(DefinitionLoader.load(config).problems())
                .extracting(Object::toString)
                .containsExactly(
                        "pipelines/p.yaml: source.kind: unknown source kind 'odata'; known kinds: file, rest, jdbc, cdc, sftp, push");
    }

    @Test
    void shouldDeclareNothingWithoutFolders() {
        Definitions definitions = DefinitionLoader.load(config.resolve("tidak-ada"));

        assertThat(definitions.datasets()).isEmpty();
        assertThat(definitions.pipelines()).isEmpty();
        assertThat(definitions.invalid()).isEmpty();
    }

    private void write(String file, String text) throws IOException {
        Path path = config.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
