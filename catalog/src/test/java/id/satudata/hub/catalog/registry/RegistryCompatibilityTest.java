package id.satudata.hub.catalog.registry;

import static id.satudata.hub.catalog.registry.CompatibilityLevel.BACKWARD;
import static id.satudata.hub.catalog.registry.CompatibilityLevel.BACKWARD_TRANSITIVE;
import static id.satudata.hub.catalog.registry.CompatibilityLevel.FORWARD;
import static id.satudata.hub.catalog.registry.CompatibilityLevel.FORWARD_TRANSITIVE;
import static id.satudata.hub.catalog.registry.CompatibilityLevel.FULL;
import static id.satudata.hub.catalog.registry.CompatibilityLevel.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every compatibility level against a table of schema histories: each row names the live versions (oldest first),
 * the candidate, and the levels that accept it. The transitive rows are built so that the latest version accepts
 * the candidate and an older one does not, which is where a transitive level answers differently.
 */
class RegistryCompatibilityTest {

    static final Set<CompatibilityLevel> ALL = EnumSet.allOf(CompatibilityLevel.class);

    record Case(String name, List<String> history, String candidate, Set<CompatibilityLevel> accepting) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> table() {
        List<Case> cases = List.of(
                new Case(
                        "add a field with a default",
                        List.of(record(field("a", "string"))),
                        record(field("a", "string"), withDefault("b", "int", "0")),
                        ALL),
                new Case(
                        "add a field without a default",
                        List.of(record(field("a", "string"))),
                        record(field("a", "string"), field("b", "int")),
                        EnumSet.of(NONE, FORWARD, FORWARD_TRANSITIVE)),
                new Case(
                        "remove a field without a default",
                        List.of(record(field("a", "string"), field("b", "int"))),
                        record(field("a", "string")),
                        EnumSet.of(NONE, BACKWARD, BACKWARD_TRANSITIVE)),
                new Case(
                        "remove a field with a default",
                        List.of(record(field("a", "string"), withDefault("b", "int", "0"))),
                        record(field("a", "string")),
                        ALL),
                new Case(
                        "change a string to an int",
                        List.of(record(field("a", "string"))),
                        record(field("a", "int")),
                        EnumSet.of(NONE)),
                new Case(
                        "widen an int to a long",
                        List.of(record(field("a", "int"))),
                        record(field("a", "long")),
                        EnumSet.of(NONE, BACKWARD, BACKWARD_TRANSITIVE)),
                new Case(
                        "add an enum symbol",
                        List.of(record(enumField("A", "B"))),
                        record(enumField("A", "B", "C")),
                        EnumSet.of(NONE, BACKWARD, BACKWARD_TRANSITIVE)),
                new Case(
                        "make a field nullable",
                        List.of(record(field("a", "string"))),
                        record(withDefault("a", "[\"null\", \"string\"]", "null")),
                        EnumSet.of(NONE, BACKWARD, BACKWARD_TRANSITIVE)),
                // v2 gave b a default, v3 drops it: v3 reads v2's records, not v1's
                new Case(
                        "require a field an older version lacked",
                        List.of(
                                record(field("a", "string")),
                                record(field("a", "string"), withDefault("b", "string", "\"x\""))),
                        record(field("a", "string"), field("b", "string")),
                        EnumSet.of(NONE, BACKWARD, FORWARD, FORWARD_TRANSITIVE, FULL)),
                // v2 gave b a default, v3 removes it: v2 reads v3's records, v1 cannot
                new Case(
                        "remove a field an older version required",
                        List.of(
                                record(field("a", "string"), field("b", "string")),
                                record(field("a", "string"), withDefault("b", "string", "\"x\""))),
                        record(field("a", "string")),
                        EnumSet.of(NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FULL)),
                new Case("first version of a subject", List.of(), record(field("a", "string")), ALL));
        List<Arguments> rows = new ArrayList<>();
        for (Case row : cases) {
            for (CompatibilityLevel level : CompatibilityLevel.values()) {
                rows.add(Arguments.of(row, level));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("table")
    void shouldAcceptExactlyWhatTheLevelAllows(Case row, CompatibilityLevel level) {
        List<CompatibilityChecker.Previous> history = new ArrayList<>();
        for (String text : row.history()) {
            history.add(new CompatibilityChecker.Previous(history.size() + 1, text, parse(text)));
        }

        List<String> reasons = CompatibilityChecker.check(level, parse(row.candidate()), history);

        boolean accepted = row.accepting().contains(level);
        assertThat(reasons.isEmpty())
                .as("accepted under %s: %s", level, reasons)
                .isEqualTo(accepted);
        if (!accepted) {
            assertThat(reasons.get(0)).startsWith("{errorType:'");
            assertThat(reasons).contains("{compatibility: '" + level + "'}");
        }
    }

    private static Schema parse(String text) {
        return new Schema.Parser().parse(text);
    }

    private static String record(String... fields) {
        return """
                {"type": "record", "name": "Baris", "namespace": "id.satudata.uji", "fields": [%s]}"""
                .formatted(String.join(", ", fields));
    }

    private static String field(String name, String type) {
        return """
                {"name": "%s", "type": "%s"}""".formatted(name, type);
    }

    private static String withDefault(String name, String type, String defaultValue) {
        String typeJson = type.startsWith("[") ? type : "\"" + type + "\"";
        return """
                {"name": "%s", "type": %s, "default": %s}""".formatted(name, typeJson, defaultValue);
    }

    private static String enumField(String... symbols) {
        return """
                {"name": "jenis", "type": {"type": "enum", "name": "Jenis", "symbols": ["%s"]}}"""
                .formatted(String.join("\", \"", symbols));
    }
}
