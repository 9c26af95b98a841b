package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCoercionTest {

    private static final Map<String, String> ID = Map.of("number", "id");
    private static final Map<String, String> EN = Map.of("number", "en");

    @Test
    void shouldParsePlainIntegers() {
        OneField year = OneField.of("\"int\"");
        assertThat(year.value("2019")).isEqualTo(2019);
        assertThat(year.value("-15")).isEqualTo(-15);
        assertThat(year.value(" 2019 ")).isEqualTo(2019);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "id", "en"})
    void shouldAcceptFloatArtefactsForIntegersInEveryNumberFormat(String format) {
        OneField year = OneField.of("\"int\"", Map.of("number", format));
        assertThat(year.value("2019.0")).isEqualTo(2019);
        assertThat(year.value("3201.0")).isEqualTo(3201);
        assertThat(year.value("2019.000")).isEqualTo(2019);
        assertThat(OneField.of("\"long\"", Map.of("number", format)).value("3201190006.0"))
                .isEqualTo(3201190006L);
    }

    @Test
    void shouldRejectIntegerWithFractionalPart() {
        Violation violation = OneField.of("\"int\"").violation("2019.5");
        assertThat(violation.rule()).isEqualTo("int");
        assertThat(violation.message())
                .isEqualTo("source field 's' value '2019.5' has a fractional part (expected a whole number)");
    }

    @Test
    void shouldRejectUnparseableIntegerWithFieldValueAndRule() {
        Violation violation = OneField.of("\"int\"").violation("20x9");
        assertThat(violation)
                .isEqualTo(new Violation(
                        "v",
                        "20x9",
                        "int",
                        "source field 's' value '20x9' is not an integer (expected digits, optionally with '.0')"));
    }

    @Test
    void shouldRejectIntegerOutOfRange() {
        assertThat(OneField.of("\"int\"").violation("3201190006").rule()).isEqualTo("int");
        assertThat(OneField.of("\"long\"").violation("99999999999999999999").rule())
                .isEqualTo("long");
        assertThat(OneField.of("\"long\"").value("3201190006")).isEqualTo(3201190006L);
    }

    @Test
    void shouldReadIndonesianThousandsAndDecimalComma() {
        assertThat(OneField.of("\"long\"", ID).value("1.234")).isEqualTo(1234L);
        assertThat(OneField.of("\"long\"", ID).value("12.345.678")).isEqualTo(12345678L);
        assertThat(OneField.of("\"double\"", ID).value("1.234,56")).isEqualTo(1234.56);
        assertThat(OneField.of("\"double\"", ID).value("0,5")).isEqualTo(0.5);
        assertThat(OneField.of("\"int\"", ID).value("1.234,0")).isEqualTo(1234);
    }

    @Test
    void shouldRejectMisplacedIndonesianGrouping() {
        assertThat(OneField.of("\"double\"", ID).violation("12.34").rule()).isEqualTo("number");
        assertThat(OneField.of("\"double\"", ID).violation("1.234.56").message())
                .isEqualTo(
                        "source field 's' value '1.234.56' is not a number (expected Indonesian format, e.g. 1.234,56)");
    }

    @Test
    void shouldReadEnglishThousandsAndDecimalPoint() {
        assertThat(OneField.of("\"double\"", EN).value("1,234.56")).isEqualTo(1234.56);
        assertThat(OneField.of("\"long\"", EN).value("1,234,567")).isEqualTo(1234567L);
        assertThat(OneField.of("\"double\"", EN).violation("1.234,56").rule()).isEqualTo("number");
    }

    @Test
    void shouldRejectGroupingInPlainFormat() {
        assertThat(OneField.of("\"long\"").violation("1,234").rule()).isEqualTo("long");
        assertThat(OneField.of("\"double\"").violation("1,5").rule()).isEqualTo("number");
    }

    @Test
    void shouldParseFloatsAndDoubles() {
        assertThat(OneField.of("\"double\"").value("12.5")).isEqualTo(12.5);
        assertThat(OneField.of("\"double\"").value("-0.001")).isEqualTo(-0.001);
        assertThat(OneField.of("\"double\"").value("1.5E3")).isEqualTo(1500.0);
        assertThat(OneField.of("\"float\"").value("12.5")).isEqualTo(12.5f);
        assertThat(OneField.of("\"float\"").violation("1E39").rule()).isEqualTo("number");
    }

    @Test
    void shouldRejectNonNumericWordsForDoubles() {
        for (String text : new String[] {"NaN", "Infinity", "0x1p3", "1d", "-", "1.", "abc"}) {
            assertThat(OneField.of("\"double\"").violation(text).rule())
                    .as(text)
                    .isEqualTo("number");
        }
    }

    @Test
    void shouldTakeTypedJsonNumbersWithoutText() {
        assertThat(OneField.of("\"int\"").value(2019)).isEqualTo(2019);
        assertThat(OneField.of("\"int\"").value(2019.0)).isEqualTo(2019);
        assertThat(OneField.of("\"long\"").value(new BigDecimal("3201190006"))).isEqualTo(3201190006L);
        assertThat(OneField.of("\"long\"").value(BigInteger.TEN)).isEqualTo(10L);
        assertThat(OneField.of("\"double\"").value(3)).isEqualTo(3.0);
        assertThat(OneField.of("\"double\"").value(new BigDecimal("0.1"))).isEqualTo(0.1);
        assertThat(OneField.of("\"float\"").value(0.5d)).isEqualTo(0.5f);
        assertThat(OneField.of("\"int\"").violation(2019.5).rule()).isEqualTo("int");
        assertThat(OneField.of("\"int\"").violation(true).rule()).isEqualTo("int");
    }
}
