package id.satudata.hub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsSpecTest {

    private static final Setting<String> MODE =
            Setting.choice("mode", "snapshot", "incremental").required();
    private static final Setting<Integer> PAGE_SIZE = Setting.integer("page-size")
            .withDefault(100)
            .validatedBy(SettingValidator.between(1, 1000))
            .doc("Rows per page.");
    private static final Setting<Duration> TIMEOUT = Setting.duration("timeout").withDefault(Duration.ofSeconds(30));
    private static final Setting<Boolean> VERIFY = Setting.bool("verify").withDefault(true);
    private static final Setting<String> TABLE = Setting.string("table");

    private static final SettingsSpec SPEC = SettingsSpec.of(MODE, PAGE_SIZE, TIMEOUT, VERIFY, TABLE);

    @Test
    void shouldReturnTypedValuesAndDefaults() {
        ParsedSettings parsed = SPEC.parse(Map.of("mode", "Incremental", "timeout", "200ms", "table", "penduduk"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.get(MODE)).isEqualTo("incremental");
        assertThat(parsed.get(PAGE_SIZE)).isEqualTo(100);
        assertThat(parsed.get(TIMEOUT)).isEqualTo(Duration.ofMillis(200));
        assertThat(parsed.get(VERIFY)).isTrue();
        assertThat(parsed.get(TABLE)).isEqualTo("penduduk");
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("pagesize", 10);
        raw.put("page-size", 0);
        raw.put("timeout", "soon");
        raw.put("verify", "ya");
        raw.put("colour", "blue");

        ParsedSettings parsed = SPEC.parse(raw);

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .containsExactlyInAnyOrder("pagesize", "colour", "mode", "page-size", "timeout", "verify");
        assertThat(parsed.problems())
                .extracting(SettingProblem::toString)
                .contains(
                        "pagesize: unknown setting; did you mean 'page-size'? allowed: mode, page-size, timeout,"
                                + " verify, table",
                        "colour: unknown setting; allowed: mode, page-size, timeout, verify, table",
                        "mode: is missing; must be one of snapshot, incremental",
                        "page-size: must be between 1 and 1000, was 0",
                        "timeout: must be a duration such as 200ms, 5s, 1m, 1h or PT5S, was 'soon'",
                        "verify: must be true or false, was 'ya'");
    }

    @Test
    void shouldRefuseChoiceOutsideTheList() {
        assertThat(SPEC.parse(Map.of("mode", "full")).problems())
                .containsExactly(new SettingProblem("mode", "must be one of snapshot, incremental, was 'full'"));
    }

    @Test
    void shouldTreatNullAsNotDeclared() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("mode", "snapshot");
        raw.put("page-size", null);

        ParsedSettings parsed = SPEC.parse(raw);

        assertThat(parsed.get(PAGE_SIZE)).isEqualTo(100);
        assertThat(parsed.get(TABLE)).isNull();
    }

    @Test
    void shouldRefuseListsAndMapsForScalarSettings() {
        ParsedSettings parsed = SPEC.parse(Map.of("mode", "snapshot", "table", java.util.List.of("a", "b")));

        assertThat(parsed.problems()).containsExactly(new SettingProblem("table", "must be a text, was a list"));
    }

    @Test
    void shouldRefuseReadingInvalidSettings() {
        ParsedSettings parsed = SPEC.parse(Map.of());

        assertThatThrownBy(() -> parsed.get(PAGE_SIZE))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("mode: is missing; must be one of snapshot, incremental");
    }

    @Test
    void shouldRefuseSettingOutsideTheSpec() {
        ParsedSettings parsed = SPEC.parse(Map.of("mode", "snapshot"));

        assertThatThrownBy(() -> parsed.get(Setting.string("other"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseSettingDeclaredTwice() {
        assertThatThrownBy(() -> SettingsSpec.of(TABLE, Setting.integer("table")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'table'");
    }
}
