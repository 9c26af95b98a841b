package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimestampCoercionTest {

    private static final String MILLIS = """
            {"type": "long", "logicalType": "timestamp-millis"}""";
    private static final String MICROS = """
            {"type": "long", "logicalType": "timestamp-micros"}""";

    @Test
    void shouldParseIsoInstantsAndOffsets() {
        OneField field = OneField.of(MILLIS);
        assertThat(field.value("2023-01-30T01:00:00Z")).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
        assertThat(field.value("2023-01-30T08:00:00+07:00")).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
        assertThat(field.value("2023-01-30t08:00+07:00")).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
    }

    @Test
    void shouldReadLocalDateTimesInJakartaTimeByDefault() {
        assertThat(OneField.of(MILLIS).value("2023-01-30 08:00:00")).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
        assertThat(OneField.of(MILLIS).value("2023-01-30T08:00:00")).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
    }

    @Test
    void shouldReadLocalDateTimesInTheGivenZone() {
        OneField makassar = OneField.of(MILLIS, Map.of("zone", "Asia/Makassar"));
        assertThat(makassar.value("2023-01-30 08:00:00")).isEqualTo(Instant.parse("2023-01-30T00:00:00Z"));
    }

    @Test
    void shouldParseTimestampPatternsWithIndonesianMonthNames() {
        OneField field = OneField.of(MILLIS, Map.of("timestamp", "dd/MM/yyyy HH:mm"));
        assertThat(field.value("30/01/2023 08:15")).isEqualTo(Instant.parse("2023-01-30T01:15:00Z"));
        OneField named = OneField.of(MILLIS, Map.of("timestamp", "d MMMM yyyy HH:mm"));
        assertThat(named.value("30 januari 2023 08:15")).isEqualTo(Instant.parse("2023-01-30T01:15:00Z"));
    }

    @Test
    void shouldReadDatesAsMidnightInTheZone() {
        OneField field = OneField.of(MILLIS, Map.of("date", "dd/MM/yyyy"));
        assertThat(field.value("30/01/2023")).isEqualTo(Instant.parse("2023-01-29T17:00:00Z"));
    }

    @Test
    void shouldReadEpochNumbers() {
        OneField millis = OneField.of(MILLIS, Map.of("timestamp", "epoch-millis"));
        assertThat(millis.value("1675040400000")).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
        assertThat(millis.value(1675040400000L)).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
        assertThat(millis.value("1675040400000.0")).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
        OneField seconds = OneField.of(MILLIS, Map.of("timestamp", "epoch-seconds"));
        assertThat(seconds.value("1675040400")).isEqualTo(Instant.parse("2023-01-30T01:00:00Z"));
    }

    @Test
    void shouldTruncateToTheSchemaPrecision() {
        String text = "2023-01-30T01:00:00.123456789Z";
        assertThat(OneField.of(MILLIS).value(text)).isEqualTo(Instant.parse("2023-01-30T01:00:00.123Z"));
        assertThat(OneField.of(MICROS).value(text)).isEqualTo(Instant.parse("2023-01-30T01:00:00.123456Z"));
    }

    @Test
    void shouldPassTypedInstantsAndOffsetDateTimesThrough() {
        Instant instant = Instant.parse("2023-01-30T01:00:00Z");
        assertThat(OneField.of(MICROS).value(instant)).isEqualTo(instant);
        assertThat(OneField.of(MICROS).value(OffsetDateTime.parse("2023-01-30T08:00:00+07:00")))
                .isEqualTo(instant);
    }

    @Test
    void shouldRejectUnparseableTimestampWithRuleAndExpectedForm() {
        Violation violation = OneField.of(MILLIS).violation("30/01/2023 08:00");
        assertThat(violation.rule()).isEqualTo("timestamp");
        assertThat(violation.message())
                .isEqualTo("source field 's' value '30/01/2023 08:00' is not a timestamp (expected an ISO date-time"
                        + " such as 2023-01-30T08:00:00+07:00 or 2023-01-30 08:00:00)");
        assertThat(OneField.of(MILLIS).violation("2023-02-30 08:00:00").rule()).isEqualTo("timestamp");
        assertThat(OneField.of(MILLIS, Map.of("timestamp", "epoch-millis"))
                        .violation("12:00")
                        .rule())
                .isEqualTo("timestamp");
    }
}
