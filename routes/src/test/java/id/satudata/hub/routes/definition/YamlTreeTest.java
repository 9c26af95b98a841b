package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlTreeTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems(Path.of("datasets/d.yaml"));

    @Test
    void shouldKeepNumbersAndBooleansThatReadBackAsWritten() throws IOException {
        JsonNode root = read("a: 5000\nb: true\nc: 1.50\nd: 0032\ne: yes\nf: 1_000\ng: ''\nh:\n");

        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) YamlTree.plain(root);

        assertThat(plain)
                .containsExactly(
                        entry("a", 5000),
                        entry("b", true),
                        entry("c", new BigDecimal("1.50")),
                        entry("d", "0032"),
                        entry("e", "yes"),
                        entry("f", "1_000"),
                        entry("g", ""),
                        entry("h", null));
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void shouldRefuseEmptyFile() throws IOException {
        assertThat(read("# nothing yet\n")).isNull();
        assertThat(problems.list()).extracting(Object::toString).containsExactly("datasets/d.yaml: the file is empty");
    }

    @Test
    void shouldRefuseSecondDocument() throws IOException {
        assertThat(read("id: a\n---\nid: b\n")).isNotNull();
        assertThat(problems.list())
                .extracting(DefinitionProblem::message)
                .containsExactly("the file holds more than one YAML document; declare one definition per file");
    }

    @Test
    void shouldReportSyntaxErrorWithLineAndColumn() throws IOException {
        assertThat(read("id: a\ntitle: [x\n")).isNull();
        assertThat(problems.list())
                .extracting(DefinitionProblem::message)
                .singleElement()
                .asString()
                .isEqualTo("unreadable YAML at line 2, column 10: while parsing a flow sequence; expected ',' or ']',"
                        + " but got <stream end>");
    }

    private JsonNode read(String yaml) throws IOException {
        return YamlTree.read(Files.writeString(dir.resolve("d.yaml"), yaml), problems);
    }
}
