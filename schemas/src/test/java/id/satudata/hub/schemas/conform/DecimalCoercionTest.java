package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecimalCoercionTest {

    private static final String DECIMAL_12_2 =
            """
            {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}""";

    @Test
    void shouldProduceBigDecimalWithExactlyTheSchemaScale() {
        OneField nilai = OneField.of(DECIMAL_12_2);
        assertThat(nilai.value("1234.5")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(nilai.value("7")).isEqualTo(new BigDecimal("7.00"));
        assertThat(nilai.value("7.000")).isEqualTo(new BigDecimal("7.00"));
        assertThat(((BigDecimal) nilai.value("0.1")).scale()).isEqualTo(2);
    }

    @Test
    void shouldReadIndonesianDecimals() {
        assertThat(OneField.of(DECIMAL_12_2, Map.of("number", "id")).value("1.234.567,89"))
                .isEqualTo(new BigDecimal("1234567.89"));
    }

    @Test
    void shouldRejectValuesThatWouldNeedRounding() {
        Violation violation = OneField.of(DECIMAL_12_2).violation("1.234");
        assertThat(violation.rule()).isEqualTo("decimal");
        assertThat(violation.message())
                .isEqualTo("source field 's' value '1.234' has more than 2 decimal places"
                        + " (the field is decimal(12,2); it is not rounded)");
    }

    @Test
    void shouldRejectValuesBeyondThePrecision() {
        OneField nilai = OneField.of(DECIMAL_12_2);
        assertThat(nilai.value("9999999999.99")).isEqualTo(new BigDecimal("9999999999.99"));
        Violation violation = nilai.violation("10000000000");
        assertThat(violation.rule()).isEqualTo("decimal");
        assertThat(violation.message()).contains("more than 10 digits before the decimal point");
    }

    @Test
    void shouldRejectTextThatIsNoNumber() {
        assertThat(OneField.of(DECIMAL_12_2).violation("12,5").message())
                .isEqualTo("source field 's' value '12,5' is not a number"
                        + " (expected digits with '.' as decimal point, e.g. 1234.56)");
    }

    @Test
    void shouldTakeTypedNumbers() {
        OneField nilai = OneField.of(DECIMAL_12_2);
        assertThat(nilai.value(12.34)).isEqualTo(new BigDecimal("12.34"));
        assertThat(nilai.value(12)).isEqualTo(new BigDecimal("12.00"));
        assertThat(nilai.value(new BigDecimal("12.3"))).isEqualTo(new BigDecimal("12.30"));
        assertThat(nilai.violation(0.125).rule()).isEqualTo("decimal");
    }

    @Test
    void shouldAcceptDecimalOnFixed() {
        OneField nilai = OneField.of(
                """
                {"type": "fixed", "name": "Rupiah", "size": 8, "logicalType": "decimal", "precision": 15, "scale": 0}""");
        assertThat(nilai.value("1500000")).isEqualTo(new BigDecimal("1500000"));
    }
}
