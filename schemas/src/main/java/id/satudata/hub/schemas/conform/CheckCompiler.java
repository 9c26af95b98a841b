package id.satudata.hub.schemas.conform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/** Compiles a mapping's record-level checks with the given catalogue, and checks the fields they fill. */
final class CheckCompiler {

    private CheckCompiler() {}

    static RecordStep[] compile(Schema schema, MappingSpec mapping, RecordSteps steps, Problems problems) {
        List<RecordStep> compiled = new ArrayList<>();
        List<CheckSpec> checks = mapping.checks();
        for (int i = 0; i < checks.size(); i++) {
            CheckSpec check = checks.get(i);
            String path = "checks[" + i + "]";
            if (check.name() == null || check.name().isBlank()) {
                problems.add(path, "names no check; use one of " + String.join(", ", steps.names()));
                continue;
            }
            if (!steps.names().isEmpty() && !steps.names().contains(check.name())) {
                problems.add(
                        path, "unknown check '" + check.name() + "'; use one of " + String.join(", ", steps.names()));
                continue;
            }
            checkInto(check, mapping.fields(), path, problems);
            RecordStep step = steps.compile(check, new StepContext(schema, check, path, problems));
            if (step != null) {
                compiled.add(step);
            }
        }
        return compiled.toArray(RecordStep[]::new);
    }

    /** A filled field is the check's alone: a mapping entry for it too would leave two answers. */
    private static void checkInto(CheckSpec check, Map<String, FieldSpec> fields, String path, Problems problems) {
        String into = check.into();
        if (into != null && fields.containsKey(into)) {
            problems.add(
                    path + "." + CheckSpec.INTO,
                    "field '" + into + "' is filled by this check; remove its entry from the mapping");
        }
    }
}
