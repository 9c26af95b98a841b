package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/** Conforms one value into a record with a single field {@code v} of a given Avro type, read from source {@code s}. */
final class OneField {

    private static final String RECORD =
            """
            {"type": "record", "name": "One", "namespace": "test", "fields": [{"name": "v", "type": %s}]}
            """;

    private final Conformer conformer;

    private OneField(Conformer conformer) {
        this.conformer = conformer;
    }

    static Schema schema(String type) {
        return new Schema.Parser().parse(RECORD.formatted(type));
    }

    static OneField of(String type, Map<String, String> parse, TransformSpec... transforms) {
        FieldSpec spec = new FieldSpec("s", null, List.of(transforms), parse);
        return new OneField(MappingCompiler.compile(schema(type), new MappingSpec(Map.of("v", spec))));
    }

    static OneField of(String type, TransformSpec... transforms) {
        return of(type, Map.of(), transforms);
    }

    static TransformSpec transform(String name, String... argNamesAndValues) {
        Map<String, String> args = new java.util.HashMap<>();
        for (int i = 0; i < argNamesAndValues.length; i += 2) {
            args.put(argNamesAndValues[i], argNamesAndValues[i + 1]);
        }
        return new TransformSpec(name, args);
    }

    ConformResult result(Object raw) {
        return conformer.conform(MapRawRecord.of("s", raw));
    }

    /** The conformed value of {@code v}; fails the test when the record is rejected. */
    Object value(Object raw) {
        ConformResult result = result(raw);
        assertThat(result).isInstanceOf(ConformResult.Conformed.class);
        return ((ConformResult.Conformed) result).record().get("v");
    }

    /** The single violation; fails the test when the record conforms. */
    Violation violation(Object raw) {
        ConformResult result = result(raw);
        assertThat(result).isInstanceOf(ConformResult.Rejected.class);
        List<Violation> violations = ((ConformResult.Rejected) result).violations();
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    static GenericData.Record record(ConformResult result) {
        assertThat(result).isInstanceOf(ConformResult.Conformed.class);
        return ((ConformResult.Conformed) result).record();
    }
}
