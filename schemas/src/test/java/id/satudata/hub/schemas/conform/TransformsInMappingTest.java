package id.satudata.hub.schemas.conform;

import static id.satudata.hub.schemas.conform.OneField.transform;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransformsInMappingTest {

    @Test
    void shouldApplyTransformsInDeclaredOrder() {
        OneField field = OneField.of(
                "\"string\"",
                transform("collapse-spaces"),
                transform("replace", "from", "KAB.", "to", "KABUPATEN"),
                transform("title"));
        assertThat(field.value("  KAB.\u00A0 BOGOR ")).isEqualTo("Kabupaten Bogor");
    }

    @Test
    void shouldUpperCaseThenMatchEnum() {
        OneField field = OneField.of(
                """
                {"type": "enum", "name": "Sektor", "symbols": ["PERTANIAN", "INDUSTRI"]}""",
                transform("upper"));
        assertThat(field.value("industri").toString()).isEqualTo("INDUSTRI");
    }

    @Test
    void shouldLowerCase() {
        assertThat(OneField.of("\"string\"", transform("lower")).value("KOTA DEPOK"))
                .isEqualTo("kota depok");
    }

    @Test
    void shouldTrimBeforeStoringAString() {
        assertThat(OneField.of("\"string\"", transform("trim")).value("  3201 "))
                .isEqualTo("3201");
        assertThat(OneField.of("\"string\"").value("  3201 ")).isEqualTo("  3201 ");
    }

    @Test
    void shouldScaleTheParsedNumberExactly() {
        assertThat(OneField.of("\"long\"", transform("scale", "value", "1000")).value("451.3"))
                .isEqualTo(451300L);
        assertThat(OneField.of("\"int\"", transform("scale", "value", "1000")).value("0.1"))
                .isEqualTo(100);
        assertThat(OneField.of("\"double\"", transform("scale", "value", "0.01"))
                        .value("12.5"))
                .isEqualTo(0.125);
        assertThat(OneField.of(
                                """
                        {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}""",
                                transform("scale", "value", "1000"))
                        .value("1.23456"))
                .isEqualTo(new BigDecimal("1234.56"));
    }

    @Test
    void shouldScaleTypedNumbersAndMultiplyRepeatedFactors() {
        OneField field = OneField.of("\"long\"", transform("scale", "value", "10"), transform("scale", "value", "100"));
        assertThat(field.value(451.3)).isEqualTo(451300L);
        assertThat(field.value(2)).isEqualTo(2000L);
    }

    @Test
    void shouldScaleNumbersWrittenTheIndonesianWay() {
        OneField field = OneField.of("\"long\"", Map.of("number", "id"), transform("scale", "value", "1000"));
        assertThat(field.value("1.234,5")).isEqualTo(1234500L);
    }

    @Test
    void shouldRejectScaledValueThatIsNotWholeForAnIntegerTarget() {
        Violation violation =
                OneField.of("\"long\"", transform("scale", "value", "1000")).violation("451.3456");
        assertThat(violation.rule()).isEqualTo("scale");
        assertThat(violation.rawValue()).isEqualTo("451.3456");
        assertThat(violation.message())
                .isEqualTo("source field 's' value '451.3456' multiplied by 1000 is 451345.6, not a whole number"
                        + " (expected at most 3 decimal places before scaling)");
    }

    @Test
    void shouldUseTheDefaultTransformForMissingOrBlankValues() {
        OneField field = OneField.of("\"int\"", transform("trim"), transform("default", "value", "0"));
        assertThat(field.value(null)).isEqualTo(0);
        assertThat(field.value("   ")).isEqualTo(0);
        assertThat(field.value(" 7 ")).isEqualTo(7);
    }

    @Test
    void shouldApplyTransformsAfterTheDefault() {
        OneField field =
                OneField.of("\"string\"", transform("default", "value", "tidak diketahui"), transform("upper"));
        assertThat(field.value(null)).isEqualTo("TIDAK DIKETAHUI");
    }

    @Test
    void shouldTreatAValueEmptiedByTransformsAsMissing() {
        Violation violation =
                OneField.of("\"int\"", transform("replace", "from", "-")).violation("-");
        assertThat(violation.rule()).isEqualTo("required");
        assertThat(violation.message())
                .isEqualTo("source field 's' value '-' is blank after transforms, but field 'v' requires a value"
                        + " (it is not nullable and has no default)");
    }
}
