package id.satudata.hub.schemas.conform;

import id.satudata.hub.schemas.conform.coerce.Failure;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/** A mapping compiled by {@link MappingCompiler}: one plan per schema field, walked as an array. */
final class CompiledConformer implements Conformer {

    private final Schema schema;
    private final FieldPlan[] plans;

    CompiledConformer(Schema schema, FieldPlan[] plans) {
        this.schema = schema;
        this.plans = plans.clone();
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
        return violations == null
                ? new ConformResult.Conformed(record)
                : new ConformResult.Rejected(List.copyOf(violations));
    }

    @Override
    public String toString() {
        return "Conformer[" + schema.getFullName() + "]";
    }
}
