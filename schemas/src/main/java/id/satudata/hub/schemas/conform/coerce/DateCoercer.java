package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.DatePattern;
import id.satudata.hub.schemas.conform.text.Text;
import java.time.LocalDate;

/** To a {@code date} ({@code LocalDate}), from text in the field's pattern; numbers count as text (202401). */
final class DateCoercer implements Coercer {

    private final DatePattern pattern;
    private final Failure notDate;

    DateCoercer(DatePattern pattern) {
        this.pattern = pattern;
        this.notDate = new Failure(
                "date",
                "is not a date in the form " + pattern + " (expected e.g. " + pattern.format(LocalDate.of(2023, 1, 30))
                        + ")");
    }

    @Override
    public Object coerce(Object value) {
        if (value instanceof LocalDate) {
            return value;
        }
        LocalDate date = pattern.parse(Text.strip(Text.of(value)));
        return date == null ? notDate : date;
    }
}
