package id.satudata.hub.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SettingProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileSourceSettingsTest {

    @Test
    void shouldApplyDefaultsToMinimalCsvSource() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(Map.of("format", "csv"));

        assertThat(FileSourceSettings.from(parsed))
                .isEqualTo(new FileSourceSettings("csv", ',', '"', StandardCharsets.UTF_8, 0, 5000, "*"));
    }

    @Test
    void shouldReadEverySetting() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(Map.of(
                "format", "csv",
                "delimiter", "tab",
                "quote", "'",
                "encoding", "windows-1252",
                "skip-lines", 2,
                "batch-size", 100_000,
                "include", "*.csv"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(FileSourceSettings.from(parsed))
                .isEqualTo(new FileSourceSettings(
                        "csv", '\t', '\'', Charset.forName("windows-1252"), 2, 100_000, "*.csv"));
    }

    @Test
    void shouldAcceptSemicolonAndPipeDelimiters() {
        assertThat(FileSourceSettings.from(FileSourceSettings.SPEC.parse(Map.of("format", "csv", "delimiter", ";")))
                        .delimiter())
                .isEqualTo(';');
        assertThat(FileSourceSettings.from(FileSourceSettings.SPEC.parse(Map.of("format", "csv", "delimiter", "|")))
                        .delimiter())
                .isEqualTo('|');
    }

    @Test
    void shouldReportEveryMistake() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(Map.of(
                "format", "xlsx",
                "delimiter", ";;",
                "encoding", "utf-9",
                "skip-lines", -1,
                "batch-size", 0,
                "include", "[",
                "batchsize", 10));

        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .containsExactly("batchsize", "format", "delimiter", "encoding", "skip-lines", "batch-size", "include");
        assertThat(parsed.problems())
                .extracting(SettingProblem::message)
                .contains(
                        "must be one of csv, was 'xlsx'",
                        "must be between 1 and 100000, was 0",
                        "must be at least 0, was -1");
        assertThat(parsed.problems().get(0).message()).startsWith("unknown setting; did you mean 'batch-size'?");
    }

    @Test
    void shouldRequireFormat() {
        assertThat(FileSourceSettings.SPEC.parse(Map.of()).problems())
                .containsExactly(new SettingProblem("format", "is missing; must be one of csv"));
    }

    @Test
    void shouldPickUpFilesMatchingIncludeButNeverHiddenOnes() {
        FileSourceSettings every = FileSourceSettings.from(FileSourceSettings.SPEC.parse(Map.of("format", "csv")));
        FileSourceSettings csv =
                FileSourceSettings.from(FileSourceSettings.SPEC.parse(Map.of("format", "csv", "include", "*.csv")));

        assertThat(every.includes("data.xlsx")).isTrue();
        assertThat(every.includes(".data.csv.part")).isFalse();
        assertThat(csv.includes("penduduk_2020.csv")).isTrue();
        assertThat(csv.includes("penduduk_2020.txt")).isFalse();
        assertThat(csv.includes(".penduduk.csv")).isFalse();
    }
}
