package id.satudata.hub.schemas.conform;

import java.util.List;

/**
 * The kinds of record-level check a {@link MappingCompiler} can compile, and what they need (such as loaded
 * reference data); passed explicitly to {@link MappingCompiler#compile(org.apache.avro.Schema, MappingSpec,
 * RecordSteps)}, never found through a global.
 */
public interface RecordSteps {

    /** The check names this catalogue compiles, for messages. */
    List<String> names();

    /**
     * Compiles one declared check, reporting every problem of its arguments to {@code context}.
     *
     * @return the step, or {@code null} when the declaration has problems (all of them reported)
     */
    RecordStep compile(CheckSpec spec, StepContext context);

    /** No check kinds at all: a mapping that declares a check is a mapping problem. */
    static RecordSteps none() {
        return new RecordSteps() {
            @Override
            public List<String> names() {
                return List.of();
            }

            @Override
            public RecordStep compile(CheckSpec spec, StepContext context) {
                context.problem(
                        null,
                        "unknown check '" + spec.name() + "'; no checks are available (region-code checks need"
                                + " reference data configured under hub.reference)");
                return null;
            }
        };
    }
}
