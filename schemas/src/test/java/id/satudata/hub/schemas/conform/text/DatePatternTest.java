package id.satudata.hub.schemas.conform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatePatternTest {

    private static final LocalDate JAN_30 = LocalDate.of(2023, 1, 30);

    @Test
    void shouldMatchQuotedLiterals() {
        assertThat(DatePattern.compile("'Tgl' dd.MM.yyyy").parse("Tgl 30.01.2023"))
                .isEqualTo(JAN_30);
    }

    @Test
    void shouldFormatExamplesForMessages() {
        assertThat(DatePattern.compile("dd/MM/yyyy").format(JAN_30)).isEqualTo("30/01/2023");
        assertThat(DatePattern.compile("d MMMM yyyy").format(JAN_30)).isEqualTo("30 Januari 2023");
        assertThat(DatePattern.compile("MMM yyyy").format(LocalDate.of(2023, 8, 1)))
                .isEqualTo("Agu 2023");
        assertThat(DatePattern.compile("yyyyMM").format(JAN_30)).isEqualTo("202301");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "dd/MM/yy", "dd/MM", "yyyy-MM-dd HH:mm", "dd/MM/yyyy/yyyy", "'unclosed yyyy", "yyyy-QQ"})
    void shouldRefuseUnsupportedPatternsSayingWhatIsAllowed(String pattern) {
        assertThatThrownBy(() -> DatePattern.compile(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .isNotBlank();
    }

    @Test
    void shouldListTheAllowedLettersWhenALetterIsUnsupported() {
        assertThatThrownBy(() -> DatePattern.compile("dd/MM/yy"))
                .hasMessage("'yy' in date pattern 'dd/MM/yy': years must have four digits; use yyyy, MM, M, MMM, MMMM,"
                        + " dd, d, separators such as / - . or space, and 'quoted' text");
    }

    @Test
    void shouldNotMatchMonthNamesThatAreOnlyPrefixes() {
        DatePattern pattern = DatePattern.compile("d MMM yyyy");
        assertThat(pattern.parse("1 Ja 2023")).isNull();
        assertThat(pattern.parse("1 Janu 2023")).isNull();
        assertThat(pattern.parse("1 Sept 2023")).isEqualTo(LocalDate.of(2023, 9, 1));
    }
}
