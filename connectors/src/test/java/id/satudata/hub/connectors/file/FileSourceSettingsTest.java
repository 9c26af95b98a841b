package id.satudata.hub.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SettingProblem;
import id.satudata.hub.connectors.file.csv.CsvFormat;
import id.satudata.hub.connectors.file.table.Unpivot;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FileSourceSettingsTest {

    private static final CsvFormat DEFAULT_CSV = new CsvFormat(',', '"', StandardCharsets.UTF_8, 0);

    @Test
    void shouldApplyDefaultsToMinimalCsvSource() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(Map.of("format", "csv"));

        assertThat(FileSourceSettings.from(parsed))
                .isEqualTo(new FileSourceSettings(ReadOptions.csv(DEFAULT_CSV), 5000, "*"));
    }

    @Test
    void shouldReadEveryCsvSetting() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(Map.of(
                "format", "csv",
                "delimiter", "tab",
                "quote", "'",
                "encoding", "windows-1252",
                "skip-lines", 2,
                "batch-size", 100_000,
                "include", "*.csv"));

        assertThat(parsed.problems()).isEmpty();
        CsvFormat csv = new CsvFormat('\t', '\'', Charset.forName("windows-1252"), 2);
        assertThat(FileSourceSettings.from(parsed))
                .isEqualTo(new FileSourceSettings(ReadOptions.csv(csv), 100_000, "*.csv"));
    }

    @Test
    void shouldReadTheSettingsOfTheOtherFormatsAndUnpivot() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(Map.of(
                "format", "AUTO",
                "sheet", "2020",
                "header-row", 3,
                "records-pointer", "/result/records",
                "unpivot", Map.of("columns", "\\d{4}", "name-field", "tahun", "value-field", "nilai")));

        assertThat(parsed.problems()).isEmpty();
        assertThat(FileSourceSettings.from(parsed).reading())
                .isEqualTo(new ReadOptions(
                        FileFormat.AUTO,
                        DEFAULT_CSV,
                        "2020",
                        3,
                        "/result/records",
                        new Unpivot(Pattern.compile("\\d{4}"), "tahun", "nilai")));
    }

    @Test
    void shouldRefuseEverySettingTheDeclaredFormatNeverReads() {
        ParsedSettings csvWithSheet = FileSourceSettings.SPEC.parse(
                Map.of("format", "csv", "sheet", "2020", "header-row", 3, "records-pointer", "/data"));
        ParsedSettings xlsxWithDelimiter =
                FileSourceSettings.SPEC.parse(Map.of("format", "xlsx", "delimiter", ";", "encoding", "windows-1252"));

        assertThat(problemsOf(csvWithSheet))
                .containsExactly(
                        "sheet: is only read for xlsx files; this pipeline's format is csv",
                        "header-row: is only read for xlsx, html files; this pipeline's format is csv",
                        "records-pointer: is only read for json files; this pipeline's format is csv");
        assertThat(problemsOf(xlsxWithDelimiter))
                .containsExactly(
                        "delimiter: is only read for csv files; this pipeline's format is xlsx",
                        "encoding: is only read for csv, json, jsonl, html files; this pipeline's format is xlsx");
    }

    @Test
    void shouldAcceptAnotherFormatsSettingLeftAtItsDefault() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(
                Map.of("format", "xlsx", "delimiter", ",", "header-row", 1, "encoding", "UTF-8"));

        assertThat(FileSourceSettings.from(parsed).reading().format()).isEqualTo(FileFormat.XLSX);
    }

    private static java.util.List<String> problemsOf(ParsedSettings parsed) {
        try {
            FileSourceSettings.from(parsed);
            return java.util.List.of();
        } catch (id.satudata.hub.connectors.config.InvalidSettingsException e) {
            return e.problems().stream().map(SettingProblem::toString).toList();
        }
    }

    @Test
    void shouldReadDelimiterAutoAsDetectedPerFile() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(Map.of("format", "auto", "delimiter", "auto"));

        ReadOptions reading = FileSourceSettings.from(parsed).reading();
        assertThat(reading.format()).isEqualTo(FileFormat.AUTO);
        assertThat(reading.csv().delimiter()).isNull();
    }

    @Test
    void shouldAcceptSemicolonAndPipeDelimiters() {
        assertThat(delimiter(";")).isEqualTo(';');
        assertThat(delimiter("|")).isEqualTo('|');
        assertThat(delimiter("\\t")).isEqualTo('\t');
    }

    @Test
    void shouldReportEveryMistake() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(Map.of(
                "format", "xls",
                "delimiter", ";;",
                "encoding", "utf-9",
                "skip-lines", -1,
                "header-row", 0,
                "records-pointer", "result.records",
                "batch-size", 0,
                "include", "[",
                "batchsize", 10));

        assertThat(parsed.problems())
                .extracting(SettingProblem::key)
                .containsExactly(
                        "batchsize",
                        "format",
                        "delimiter",
                        "encoding",
                        "skip-lines",
                        "header-row",
                        "records-pointer",
                        "batch-size",
                        "include");
        assertThat(parsed.problems())
                .extracting(SettingProblem::message)
                .contains(
                        "must be one of csv, json, jsonl, xlsx, html, auto, was 'xls'",
                        "must be one character such as , ; | or tab, or auto, was ';;'",
                        "must be between 1 and 100000, was 0",
                        "must be at least 0, was -1",
                        "must be at least 1, was 0");
        assertThat(parsed.problems().get(0).message()).startsWith("unknown setting; did you mean 'batch-size'?");
    }

    @Test
    void shouldReportEveryMistakeInUnpivotAtOnce() {
        ParsedSettings parsed = FileSourceSettings.SPEC.parse(
                Map.of("format", "csv", "unpivot", Map.of("columns", "(", "name", "tahun")));

        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("unpivot");
            assertThat(problem.message())
                    .contains("name unknown setting")
                    .contains("columns is not a regular expression")
                    .contains("name-field is missing")
                    .contains("value-field is missing");
        });
    }

    @Test
    void shouldRequireFormat() {
        assertThat(FileSourceSettings.SPEC.parse(Map.of()).problems())
                .containsExactly(
                        new SettingProblem("format", "is missing; must be one of csv, json, jsonl, xlsx, html, auto"));
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

    private static Character delimiter(String declared) {
        return FileSourceSettings.from(FileSourceSettings.SPEC.parse(Map.of("format", "csv", "delimiter", declared)))
                .reading()
                .csv()
                .delimiter();
    }
}
