package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.Text;
import id.satudata.hub.schemas.conform.text.TimestampSyntax;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * To {@code timestamp-millis} or {@code timestamp-micros} ({@code Instant}), truncated to the schema's
 * precision so that the record holds exactly what will be stored.
 */
final class TimestampCoercer implements Coercer {

    private final TimestampSyntax syntax;
    private final ChronoUnit precision;
    private final Failure notTimestamp;

    TimestampCoercer(TimestampSyntax syntax, boolean micros) {
        this.syntax = syntax;
        this.precision = micros ? ChronoUnit.MICROS : ChronoUnit.MILLIS;
        this.notTimestamp = new Failure("timestamp", "is not a timestamp (expected " + syntax.hint() + ")");
    }

    @Override
    public Object coerce(Object value) {
        Instant instant;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof OffsetDateTime t) {
            instant = t.toInstant();
        } else if (value instanceof ZonedDateTime t) {
            instant = t.toInstant();
        } else {
            instant = syntax.parse(Text.strip(Text.of(value)));
        }
        return instant == null ? notTimestamp : instant.truncatedTo(precision);
    }
}
