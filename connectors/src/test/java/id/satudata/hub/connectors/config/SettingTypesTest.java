package id.satudata.hub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingTypesTest {

    @Test
    void shouldReadOneCharacterAndTab() {
        assertThat(SettingTypes.CHAR.convert(";")).isEqualTo(';');
        assertThat(SettingTypes.CHAR.convert("|")).isEqualTo('|');
        assertThat(SettingTypes.CHAR.convert("tab")).isEqualTo('\t');
        assertThat(SettingTypes.CHAR.convert("\\t")).isEqualTo('\t');
        assertThat(SettingTypes.CHAR.convert("\t")).isEqualTo('\t');
        assertThatThrownBy(() -> SettingTypes.CHAR.convert(";;"))
                .hasMessage("must be one character (or tab), was ';;'");
    }

    @Test
    void shouldReadWholeNumbersFromNumbersAndText() {
        assertThat(SettingTypes.INT.convert(42)).isEqualTo(42);
        assertThat(SettingTypes.INT.convert(" 42 ")).isEqualTo(42);
        assertThat(SettingTypes.LONG.convert(BigInteger.valueOf(Long.MAX_VALUE)))
                .isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> SettingTypes.INT.convert(4.5)).hasMessage("must be an integer, was '4.5'");
        assertThatThrownBy(() -> SettingTypes.INT.convert("lima")).hasMessage("must be an integer, was 'lima'");
        assertThatThrownBy(() -> SettingTypes.INT.convert(3_000_000_000L))
                .hasMessage("must be between -2147483648 and 2147483647, was 3000000000");
    }

    @Test
    void shouldReadBooleans() {
        assertThat(SettingTypes.BOOLEAN.convert(true)).isTrue();
        assertThat(SettingTypes.BOOLEAN.convert("FALSE")).isFalse();
        assertThatThrownBy(() -> SettingTypes.BOOLEAN.convert(1)).hasMessage("must be true or false, was '1'");
    }

    @Test
    void shouldReadCharsetsByName() {
        assertThat(SettingTypes.CHARSET.convert("windows-1252")).isEqualTo(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> SettingTypes.CHARSET.convert("utf-9"))
                .hasMessage("unknown character set 'utf-9'; use a name such as UTF-8, windows-1252 or ISO-8859-1");
    }

    @Test
    void shouldRefuseDurationWithoutUnit() {
        assertThatThrownBy(() -> SettingTypes.DURATION.convert(5))
                .hasMessage("must be a duration such as 200ms, 5s, 1m, 1h or PT5S, was 5 without a unit");
    }

    @Test
    void shouldRefuseMapsForScalars() {
        assertThatThrownBy(() -> SettingTypes.STRING.convert(Map.of("a", 1))).hasMessage("must be a text, was a map");
    }

    @Test
    void shouldMatchChoicesIgnoringCase() {
        SettingType<String> format = SettingTypes.choice(java.util.List.of("csv", "xlsx"));

        assertThat(format.convert("CSV")).isEqualTo("csv");
        assertThatThrownBy(() -> format.convert("json")).hasMessage("must be one of csv, xlsx, was 'json'");
    }
}
