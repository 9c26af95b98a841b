package id.satudata.hub.schemas.conform;

import id.satudata.hub.schemas.conform.coerce.Failure;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * A mapping compiled by {@link MappingCompiler}: one plan per mapped schema field, walked as an array, then the
 * record-level checks in declared order.
 */
final class CompiledConformer implements Conformer {

    private final Schema schema;
    private final FieldPlan[] plans;
    private final RecordStep[] checks;

    CompiledConformer(Schema schema, FieldPlan[] plans, RecordStep[] checks) {
        this.schema = schema;
        this.plans = plans.clone();
        this.checks = checks.clone();
    }

    @Override
    public ConformResult conform(RawRecord raw) {
        GenericData.Record record = new GenericData.Record(schema);
        List<Violation> violations = null;
        for (FieldPlan plan : plans) {
            Object input = plan.source == null ? null : raw.get(plan.source);
            Object value = plan.conform(input);
            if (value instanceof Failure failure) {
                violations = violations == null ? new ArrayList<>() : violations;
                violations.add(plan.violation(input, failure));
            } else {
                record.put(plan.position, value);
            }
        }
        for (RecordStep check : checks) {
            Violation violation = check.apply(record);
            if (violation != null) {
                violations = violations == null ? new ArrayList<>() : violations;
                violations.add(violation);
            }
        }
        return violations == null
                ? new ConformResult.Conformed(record)
                : new ConformResult.Rejected(List.copyOf(violations));
    }

    @Override
    public String toString() {
        return "Conformer[" + schema.getFullName() + "]";
    }
}
