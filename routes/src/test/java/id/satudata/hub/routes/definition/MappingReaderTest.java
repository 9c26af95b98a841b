package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.TransformSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingReaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadEveryTransformForm() throws IOException {
        Problems problems = new Problems(Path.of("pipelines/p.yaml"));

        MappingReader.Read read = read(
                """
                mapping:
                  nama:
                    source: NAMA
                    transforms:
                      - trim
                      - { scale: 1000 }
                      - { default: "-" }
                      - { replace: { from: "KAB.", to: KABUPATEN } }
                    parse: { date: dd/MM/yyyy, number: id }
                """,
                problems);

        assertThat(problems.list()).isEmpty();
        assertThat(read.spec().fields().get("nama"))
                .isEqualTo(new FieldSpec(
                        "NAMA",
                        null,
                        List.of(
                                new TransformSpec("trim", Map.of()),
                                new TransformSpec("scale", Map.of("value", "1000")),
                                new TransformSpec("default", Map.of("value", "-")),
                                new TransformSpec("replace", Map.of("from", "KAB.", "to", "KABUPATEN"))),
                        Map.of("date", "dd/MM/yyyy", "number", "id")));
    }

    @Test
    void shouldKeepScalarsAsWritten() throws IOException {
        Problems problems = new Problems(Path.of("pipelines/p.yaml"));

        MappingReader.Read read = read(
                """
                mapping:
                  kode_provinsi: { constant: 0032 }
                  rasio: { source: rasio, transforms: [{ scale: 1.50 }, { default: yes }] }
                """,
                problems);

        assertThat(problems.list()).isEmpty();
        assertThat(read.spec().fields().get("kode_provinsi").constant()).isEqualTo("0032");
        assertThat(read.spec().fields().get("rasio").transforms())
                .containsExactly(
                        new TransformSpec("scale", Map.of("value", "1.50")),
                        new TransformSpec("default", Map.of("value", "yes")));
    }

    @Test
    void shouldReportMalformedEntriesAndLeaveThemOut() throws IOException {
        Problems problems = new Problems(Path.of("pipelines/p.yaml"));

        MappingReader.Read read = read(
                """
                mapping:
                  a: [x]
                  b: { source: b, transforms: trim }
                  c: { source: c, transforms: [{ }, { default: }], parse: { date: [a] } }
                  d: d
                """,
                problems);

        assertThat(problems.list())
                .extracting(Object::toString)
                .containsExactly(
                        "pipelines/p.yaml: mapping.a: must be a source field name, or a map of source, constant,"
                                + " transforms, parse, was a list",
                        "pipelines/p.yaml: mapping.b.transforms: must be a list, each item a transform name such as"
                                + " trim, or a map of one transform to its value such as {scale: 1000} or {replace:"
                                + " {from: a, to: b}}, was 'trim'",
                        "pipelines/p.yaml: mapping.c.transforms[0]: must be a transform name such as trim, or a map"
                                + " of one transform to its value such as {scale: 1000} or {replace: {from: a, to:"
                                + " b}}, was a map",
                        "pipelines/p.yaml: mapping.c.transforms[1].default: is empty; expected a value or a map of"
                                + " arguments",
                        "pipelines/p.yaml: mapping.c.parse.date: must be a text, was a list");
        assertThat(read.malformed()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(read.spec().fields()).containsOnlyKeys("d");
    }

    @Test
    void shouldReadMissingMappingAsIdentity() {
        MappingReader.Read read = MappingReader.read(null, List.of(), new Problems(Path.of("p.yaml")));

        assertThat(read.spec().fields()).isEmpty();
    }

    private MappingReader.Read read(String yaml, Problems problems) throws IOException {
        Path file = Files.writeString(dir.resolve("p.yaml"), yaml);
        return MappingReader.read(YamlTree.read(file, problems).get("mapping"), List.of(), problems);
    }
}
