package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.CheckSpec;
import id.satudata.hub.schemas.conform.ConformResult;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.ReferenceSets;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionIndex;
import id.satudata.hub.schemas.reference.RegionKind;
import id.satudata.hub.schemas.reference.Vintage;
import id.satudata.hub.schemas.reference.step.WilayahSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline's {@code checks:} read from YAML, compiled over the hub's reference sets, with problems at their path. */
class PipelineChecksTest {

    private static final ReferenceSets SETS = new ReferenceSets(List.of(new ReferenceSet(
            "kemendagri-2025",
            CodeSystem.KEMENDAGRI,
            new Vintage("2025", "Kepmendagri No 300.2.2-2138 Tahun 2025", LocalDate.of(2025, 1, 1)),
            new RegionIndex(List.of(
                    new Region("32", "Jawa Barat", Level.PROVINSI, null, null, CodeSystem.KEMENDAGRI),
                    new Region(
                            "3271", "Kota Bogor", Level.KABUPATEN_KOTA, "32", RegionKind.KOTA, CodeSystem.KEMENDAGRI),
                    new Region(
                            "3277",
                            "Kota Cimahi",
                            Level.KABUPATEN_KOTA,
                            "32",
                            RegionKind.KOTA,
                            CodeSystem.KEMENDAGRI))))));

    private static final String PIPELINE =
            """
            id: penduduk
            dataset: penduduk
            source: { kind: file, format: csv }
            mapping:
              kode: { source: kode_kabupaten_kota, parse: { code: true } }
              nama: nama_kabupaten_kota
            checks:
              - wilayah-code: { field: kode, level: kabupaten, format: dotted }
              - wilayah-name: { field: nama, code: kode }
            """;

    @TempDir
    Path config;

    @BeforeEach
    void writeDataset() throws IOException {
        write(
                "datasets/penduduk.avsc",
                """
                {"type": "record", "name": "Penduduk", "fields": [
                  {"name": "kode", "type": "string"}, {"name": "nama", "type": "string"}]}
                """);
        write(
                "datasets/penduduk.yaml",
                """
                id: penduduk
                title: Penduduk
                producer: Disdukcapil
                key-fields: [kode]
                schema: penduduk.avsc
                """);
    }

    @Test
    void shouldCompileDeclaredChecksOverTheReferenceSets() throws IOException {
        write("pipelines/penduduk.yaml", PIPELINE);

        Definitions definitions = DefinitionLoader.load(config, SourceKinds.builtIn(), new WilayahSteps(SETS));

        assertThat(definitions.problems()).isEmpty();
        PipelineDefinition pipeline = definitions.pipelines().get(0);
        assertThat(pipeline.mapping().checks())
                .containsExactly(
                        new CheckSpec(
                                "wilayah-code", Map.of("field", "kode", "level", "kabupaten", "format", "dotted")),
                        new CheckSpec("wilayah-name", Map.of("field", "nama", "code", "kode")));
        ConformResult bogor = pipeline.conformer().conform(row("3271.0", "KOTA BOGOR"));
        assertThat(((ConformResult.Conformed) bogor).record().get("kode")).isEqualTo("32.71");
        ConformResult mislabelled = pipeline.conformer().conform(row("3271", "KOTA CIMAHI"));
        assertThat(((ConformResult.Rejected) mislabelled).violations().get(0).rule())
                .isEqualTo("wilayah-name");
    }

    @Test
    void shouldReportEveryCheckProblemAtItsYamlPath() throws IOException {
        write(
                "pipelines/penduduk.yaml",
                PIPELINE.replace("level: kabupaten", "level: rt")
                                .replace("code: kode }", "code: kode, reference: kemendagri-1999 }")
                        + "  - wilayah-kode: { field: kode }\n  - [salah]\n");

        Definitions definitions = DefinitionLoader.load(config, SourceKinds.builtIn(), new WilayahSteps(SETS));

        assertThat(definitions.problems())
                .extracting(DefinitionProblem::path)
                .containsExactly("checks[3]", "checks[0].level", "checks[1].reference", "checks[2]");
    }

    @Test
    void shouldRefuseChecksWhenNoReferenceDataIsLoaded() throws IOException {
        write("pipelines/penduduk.yaml", PIPELINE);

        Definitions definitions =
                DefinitionLoader.load(config, SourceKinds.builtIn(), new WilayahSteps(ReferenceSets.none()));

        assertThat(definitions.problems())
                .extracting(DefinitionProblem::message)
                .allSatisfy(message -> assertThat(message).contains("configure hub.reference.wilayah"));
    }

    private static RawRecord row(String kode, String nama) {
        return new RawRecord() {
            @Override
            public Object get(String field) {
                return field.equals("kode_kabupaten_kota") ? kode : field.equals("nama_kabupaten_kota") ? nama : null;
            }

            @Override
            public Map<String, Object> asMap() {
                return Map.of("kode_kabupaten_kota", kode, "nama_kabupaten_kota", nama);
            }
        };
    }

    private void write(String file, String text) throws IOException {
        Path path = config.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
