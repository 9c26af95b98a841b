package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateCoercionTest {

    private static final String DATE = """
            {"type": "int", "logicalType": "date"}""";
    private static final LocalDate JAN_30 = LocalDate.of(2023, 1, 30);

    private static OneField date(String pattern) {
        return OneField.of(DATE, Map.of("date", pattern));
    }

    @Test
    void shouldParseIsoDatesByDefault() {
        assertThat(OneField.of(DATE).value("2023-01-30")).isEqualTo(JAN_30);
    }

    @Test
    void shouldParseDayMonthYearWithSlashesOrDashes() {
        assertThat(date("dd/MM/yyyy").value("30/01/2023")).isEqualTo(JAN_30);
        assertThat(date("dd-MM-yyyy").value("30-01-2023")).isEqualTo(JAN_30);
        assertThat(date("d/M/yyyy").value("5/1/2023")).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(date("d/M/yyyy").value("30/01/2023")).isEqualTo(JAN_30);
    }

    @ParameterizedTest
    @CsvSource({
        "30 Januari 2023, 2023-01-30",
        "30 januari 2023, 2023-01-30",
        "1 Pebruari 2020, 2020-02-01",
        "17 Agustus 1945, 1945-08-17",
        "17 Agt 1945, 1945-08-17",
        "17 Ags 1945, 1945-08-17",
        "17 agu 1945, 1945-08-17",
        "1 Mei 2024, 2024-05-01",
        "10 Nopember 2023, 2023-11-10",
        "25 Des 2023, 2023-12-25",
        "25 December 2023, 2023-12-25",
        "'25   OKT  2023', 2023-10-25"
    })
    void shouldParseIndonesianAndEnglishMonthNames(String text, LocalDate expected) {
        assertThat(date("d MMMM yyyy").value(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Jan 2023, 2023-01-01", "Mei 2023, 2023-05-01", "May 2023, 2023-05-01", "AGT 2023, 2023-08-01"})
    void shouldParseMonthAndYearAsTheFirstOfTheMonth(String text, LocalDate expected) {
        assertThat(date("MMM yyyy").value(text)).isEqualTo(expected);
    }

    @Test
    void shouldParseYearMonthPeriodsIncludingFloatArtefacts() {
        OneField period = date("yyyyMM");
        assertThat(period.value("202401")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(period.value("202401.0")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(period.value(202412)).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(period.violation("202413").rule()).isEqualTo("date");
    }

    @Test
    void shouldParsePlainYearsAsFirstOfJanuary() {
        OneField year = date("yyyy");
        assertThat(year.value("2019")).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(year.value("2019.0")).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(year.value(2019)).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void shouldRejectUnparseableDateWithFieldValueAndRule() {
        Violation violation = date("dd/MM/yyyy").violation("2023-01-30");
        assertThat(violation)
                .isEqualTo(new Violation(
                        "v",
                        "2023-01-30",
                        "date",
                        "source field 's' value '2023-01-30' is not a date in the form dd/MM/yyyy"
                                + " (expected e.g. 30/01/2023)"));
    }

    @Test
    void shouldRejectDatesThatAreNotOnTheCalendar() {
        assertThat(date("dd/MM/yyyy").violation("30/02/2023").rule()).isEqualTo("date");
        assertThat(date("dd/MM/yyyy").value("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(date("dd/MM/yyyy").violation("29/02/2023").rule()).isEqualTo("date");
        assertThat(date("d MMMM yyyy").violation("30 Jnuari 2023").message())
                .endsWith("is not a date in the form d MMMM yyyy (expected e.g. 30 Januari 2023)");
    }

    @Test
    void shouldRejectTrailingOrPartialText() {
        assertThat(OneField.of(DATE).violation("2023-01-30T10:00").rule()).isEqualTo("date");
        assertThat(OneField.of(DATE).violation("2023-01").rule()).isEqualTo("date");
        assertThat(date("dd/MM/yyyy").violation("3/01/2023").rule()).isEqualTo("date");
    }

    @Test
    void shouldPassTypedLocalDatesThrough() {
        assertThat(OneField.of(DATE).value(JAN_30)).isSameAs(JAN_30);
    }
}
