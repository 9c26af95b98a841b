package id.satudata.hub.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "32, 32",
                "32.0, 32",
                "3201.0, 3201",
                "3201190006.0, 3201190006",
                "' 32.01 ', 3201",
                "32.01.02.2001, 3201022001",
                "3201022001, 3201022001",
                "32.1.2.2001, 3201022001",
                "32.01.02, 320102",
                "32.001, NULL",
                "3201A, NULL",
                "320, NULL",
                "'', NULL"
            })
    void shouldReadKemendagriCodesAsAgenciesWriteThem(String raw, String compact) {
        assertThat(RegionCode.compact(raw, CodeSystem.KEMENDAGRI)).isEqualTo(compact);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {"3201190.0, 3201190", "3201190006.0, 3201190006", "320119, NULL", "32.01.190, 3201190"})
    void shouldReadBpsCodesWithTheirOwnSegmentWidths(String raw, String compact) {
        assertThat(RegionCode.compact(raw, CodeSystem.BPS)).isEqualTo(compact);
    }
}
