package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScalarCoercionTest {

    private static final String SEKTOR =
            """
            {"type": "enum", "name": "Sektor", "symbols": ["PERTANIAN", "INDUSTRI", "JASA"]}""";

    @Test
    void shouldKeepStringsAsPlainJavaStrings() {
        Object value = OneField.of("\"string\"").value("KABUPATEN BOGOR");
        assertThat(value).isInstanceOf(String.class).isEqualTo("KABUPATEN BOGOR");
    }

    @Test
    void shouldWriteTypedValuesIntoStringsAsPlainText() {
        OneField field = OneField.of("\"string\"");
        assertThat(field.value(3201)).isEqualTo("3201");
        assertThat(field.value(3.201190006E9)).isEqualTo("3201190006");
        assertThat(field.value(true)).isEqualTo("true");
    }

    @Test
    void shouldStripFloatArtefactsFromCodes() {
        OneField code = OneField.of("\"string\"", Map.of("code", "true"));
        assertThat(code.value("3201.0")).isEqualTo("3201");
        assertThat(code.value("3201190006.0")).isEqualTo("3201190006");
        assertThat(code.value("32.0")).isEqualTo("32");
        assertThat(code.value(3201.0)).isEqualTo("3201");
        assertThat(code.value(3.201190006E9)).isEqualTo("3201190006");
    }

    @Test
    void shouldLeaveOtherCodesAlone() {
        OneField code = OneField.of("\"string\"", Map.of("code", "true"));
        assertThat(code.value("0101")).isEqualTo("0101");
        assertThat(code.value("32.01")).isEqualTo("32.01");
        assertThat(code.value("A1.0")).isEqualTo("A1.0");
        assertThat(OneField.of("\"string\"").value("3201.0")).isEqualTo("3201.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "ya", "Ya", "y", "1", "yes", " YES "})
    void shouldReadTrueWords(String word) {
        assertThat(OneField.of("\"boolean\"").value(word)).isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "tidak", "TIDAK", "n", "0", "no"})
    void shouldReadFalseWords(String word) {
        assertThat(OneField.of("\"boolean\"").value(word)).isEqualTo(false);
    }

    @Test
    void shouldReadDeclaredBooleanWordsInstead() {
        OneField aktif = OneField.of("\"boolean\"", Map.of("true", "aktif, ada", "false", "nonaktif"));
        assertThat(aktif.value("Aktif")).isEqualTo(true);
        assertThat(aktif.value("nonaktif")).isEqualTo(false);
        assertThat(aktif.violation("ya").message())
                .isEqualTo("source field 's' value 'ya' is not a yes/no value (expected aktif/ada or nonaktif)");
    }

    @Test
    void shouldTakeTypedBooleansAndOneOrZero() {
        OneField field = OneField.of("\"boolean\"");
        assertThat(field.value(Boolean.TRUE)).isEqualTo(true);
        assertThat(field.value(0)).isEqualTo(false);
        assertThat(field.violation(2).rule()).isEqualTo("boolean");
        assertThat(field.violation("mungkin").rule()).isEqualTo("boolean");
    }

    @Test
    void shouldMatchEnumSymbolsIgnoringCase() {
        OneField sektor = OneField.of(SEKTOR);
        Object value = sektor.value("Pertanian");
        assertThat(value).isInstanceOf(GenericData.EnumSymbol.class);
        assertThat(value.toString()).isEqualTo("PERTANIAN");
        assertThat(sektor.value("JASA").toString()).isEqualTo("JASA");
        assertThat(sektor.value(" industri ").toString()).isEqualTo("INDUSTRI");
    }

    @Test
    void shouldRejectUnknownEnumSymbolListingTheAllowedOnes() {
        Violation violation = OneField.of(SEKTOR).violation("PERIKANAN");
        assertThat(violation.rule()).isEqualTo("enum");
        assertThat(violation.message())
                .isEqualTo("source field 's' value 'PERIKANAN' is not one of the allowed values"
                        + " (expected one of PERTANIAN, INDUSTRI, JASA)");
    }

    @Test
    void shouldStoreUtf8BytesOfText() {
        assertThat(OneField.of("\"bytes\"").value("Sunda ᮞᮥᮔ᮪ᮓ"))
                .isEqualTo(ByteBuffer.wrap("Sunda ᮞᮥᮔ᮪ᮓ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldDecodeBase64Bytes() {
        OneField field = OneField.of("\"bytes\"", Map.of("bytes", "base64"));
        assertThat(field.value("AQID")).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertThat(field.violation("not base64!").rule()).isEqualTo("bytes");
    }
}
