package id.satudata.hub.schemas.reference.step;

import id.satudata.hub.schemas.conform.StepContext;
import id.satudata.hub.schemas.conform.Violation;
import id.satudata.hub.schemas.conform.text.Text;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/** Reading the record under construction, shared by the region-code steps. */
final class StepValues {

    private StepValues() {}

    /** A field's conformed value as text, or {@code null} when it is empty or was rejected by its own rule. */
    static String text(GenericData.Record record, Schema.Field field) {
        Object value = record.get(field.pos());
        if (value == null) {
            return null;
        }
        String text = Text.of(value instanceof CharSequence chars ? chars.toString() : value);
        return Text.isBlank(text) ? null : text;
    }

    /**
     * The field a step fills stays empty because its input is: fine for a nullable field, a {@code required}
     * violation otherwise.
     */
    static Violation unfilled(Schema.Field into, String check, Schema.Field input) {
        if (StepContext.isNullable(into)) {
            return null;
        }
        return new Violation(
                into.name(),
                null,
                "required",
                "field '" + into.name() + "' is filled by " + check + " from field '" + input.name()
                        + "', which is empty, but it requires a value");
    }
}
