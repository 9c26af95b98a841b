package id.satudata.hub.schemas.conform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberSyntaxTest {

    @ParameterizedTest
    @CsvSource({
        "id, '1.234,56', 1234.56",
        "id, '1.234', 1234",
        "id, '1.234.567', 1234567",
        "id, '-1.234,5', -1234.5",
        "id, '1234,5', 1234.5",
        "id, '2019.0', 2019",
        "id, '2019.00', 2019",
        "id, '1.000', 1000",
        "en, '1,234.56', 1234.56",
        "en, '1,234', 1234",
        "plain, '1234.56', 1234.56",
        "plain, '+7', 7",
        "plain, '.5', 0.5",
        "plain, '1.5E3', 1.5E3",
        "plain, '1e-2', 0.01",
        "plain, '123456789012345678901234.5', 123456789012345678901234.5",
        "plain, '-000000000000000000001', -1"
    })
    void shouldParseNumbersInEachSyntax(String syntax, String text, BigDecimal expected) {
        assertThat(NumberSyntax.named(syntax).parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "id, '12.34'",
        "id, '1.23,4.5'",
        "id, '1234.567'",
        "id, '.234'",
        "id, '1,'",
        "en, '1,23'",
        "en, '1.234,56'",
        "plain, '1,234'",
        "plain, ''",
        "plain, '-'",
        "plain, '1.'",
        "plain, '1e'",
        "plain, '1e99999'",
        "plain, '١٢٣'",
        "plain, ' 1'"
    })
    void shouldRejectTextThatIsNotANumberInTheSyntax(String syntax, String text) {
        assertThat(NumberSyntax.named(syntax).parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"plain, 2019, 2019", "plain, 2019.0, 2019", "plain, -15, -15", "id, '2019,00', 2019"})
    void shouldTakeTheFastPathForPlainWholeNumbers(String syntax, String text, long expected) {
        assertThat(NumberSyntax.named(syntax).parseSimpleLong(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"plain, 2019.5", "plain, 1234567890123456789", "id, 1.234", "plain, 12a", "plain, ''", "plain, -"})
    void shouldLeaveEverythingElseToTheGeneralParser(String syntax, String text) {
        assertThat(NumberSyntax.named(syntax).parseSimpleLong(text)).isEqualTo(NumberSyntax.NOT_SIMPLE);
    }
}
