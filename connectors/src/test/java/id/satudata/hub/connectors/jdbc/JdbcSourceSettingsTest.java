package id.satudata.hub.connectors.jdbc;

import static id.satudata.hub.connectors.jdbc.JdbcSettingsFixture.declared;
import static id.satudata.hub.connectors.jdbc.JdbcSettingsFixture.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SettingProblem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcSourceSettingsTest {

    @Test
    void shouldApplyDefaultsToAMinimalIncrementalSource() {
        JdbcSourceSettings settings = settings("incremental", "password", "${env:OPD_DB_PASSWORD}");

        assertThat(settings.safetyLag()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.fetchSize()).isEqualTo(5000);
        assertThat(settings.batchSize()).isEqualTo(5000);
        assertThat(settings.keyColumns()).containsExactly("id");
        assertThat(settings.incremental()).isTrue();
        assertThat(settings.password()).hasToString("${env:OPD_DB_PASSWORD}");
    }

    @Test
    void shouldReadKeyColumnsAsAListOrAsText() {
        assertThat(settings("snapshot", "key-columns", List.of("kode", "tahun")).keyColumns())
                .containsExactly("kode", "tahun");
        assertThat(settings("snapshot", "key-columns", "kode, tahun").keyColumns())
                .containsExactly("kode", "tahun");
    }

    @Test
    void shouldReadOwnQueryWholeUnlessItHasATimestampColumn() {
        assertThat(settings("query").incremental()).isFalse();
        assertThat(settings("query", "timestamp-column", "diubah").incremental())
                .isTrue();
    }

    @Test
    void shouldReportEveryMistakeWithoutRepeatingAWrittenOutPassword() {
        ParsedSettings parsed = JdbcSourceSettings.SPEC.parse(declared(
                "incremental",
                "url",
                "jdbc:mariadb://db/opd?user=x&password=rahasia",
                "password",
                "rahasia",
                "table",
                "penduduk; drop table x",
                "key-columns",
                List.of("id", "2nd"),
                "safety-lag",
                "-1s",
                "fetch-size",
                0,
                "fetchsize",
                10));

        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .containsExactly("fetchsize", "url", "password", "table", "key-columns", "safety-lag", "fetch-size");
        assertThat(parsed.problems()).extracting(SettingProblem::message).noneMatch(m -> m.contains("rahasia"));
    }

    @Test
    void shouldNameEverySettingTheModeNeedsOrDoesNotTake() {
        Map<String, Object> declared = declared("incremental", "query", "select 1");
        declared.remove("table");
        declared.remove("timestamp-column");

        assertThatThrownBy(() -> JdbcSourceSettings.from(JdbcSourceSettings.SPEC.parse(declared)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode incremental: table is missing; query is not used; use mode query;"
                        + " timestamp-column is missing: incremental reads follow it");
    }

    @Test
    void shouldRefuseATimestampColumnForASnapshot() {
        assertThatThrownBy(() -> settings("snapshot", "timestamp-column", "diubah"))
                .hasMessageContaining("timestamp-column is not used: a snapshot reads every row");
    }
}
