package id.satudata.hub.connectors.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.config.SettingProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CdcSourceSettingsTest {

    @Test
    void shouldReportEveryProblemAtOnce() {
        var parsed = CdcSourceSettings.SPEC.parse(Map.of("connector", "oracle", "table", "a;drop", "port", "0"));

        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .contains("connector", "port", "database", "user", "password-env", "table");
    }

    @Test
    void shouldDeriveTheEngineSlotAndDefaultPortFromTheDatabase() {
        CdcSourceSettings settings = CdcSourceSettings.from(CdcSourceSettings.SPEC.parse(Map.of(
                "connector", "postgres",
                "database", "dinkes",
                "user", "hub_cdc",
                "password-env", "DINKES_PASSWORD",
                "table", "public.puskesmas")));

        assertThat(settings.database().port()).isEqualTo(5432);
        assertThat(settings.database().slot()).isEqualTo("hub_dinkes");
        assertThat(settings.database().engineName()).isEqualTo("postgres_localhost_5432_dinkes");
        assertThat(settings.qualifiedTable()).isEqualTo("public.puskesmas");
    }

    @Test
    void shouldQualifyAMariaDbTableWithItsDatabase() {
        CdcSourceSettings settings = CdcSourceSettings.from(CdcSourceSettings.SPEC.parse(Map.of(
                "connector", "mariadb",
                "database", "disdik",
                "user", "hub_cdc",
                "password-env", "DISDIK_PASSWORD",
                "table", "sekolah",
                "key-columns", "npsn, tahun")));

        assertThat(settings.qualifiedTable()).isEqualTo("disdik.sekolah");
        assertThat(settings.keyColumns()).containsExactly("npsn", "tahun");
        assertThat(settings.database().port()).isEqualTo(3306);
    }

    @Test
    void shouldRefuseAPostgresTableWithoutItsSchema() {
        var parsed = CdcSourceSettings.SPEC.parse(Map.of(
                "connector", "postgres", "database", "d", "user", "u", "password-env", "P", "table", "puskesmas"));

        assertThatThrownBy(() -> CdcSourceSettings.from(parsed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public.puskesmas");
    }
}
