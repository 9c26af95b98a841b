package id.satudata.hub.connectors.file.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.ReadAll;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.file.csv.CsvFormat;
import id.satudata.hub.connectors.file.csv.CsvRecordReader;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpivotingReaderTest {

    private static final Unpivot YEARS = new Unpivot(Pattern.compile("\\d{4}"), "tahun", "garis_kemiskinan");
    private static final CsvFormat SEMICOLON = new CsvFormat(';', '"', StandardCharsets.UTF_8, 0);

    @TempDir
    Path dir;

    @Test
    void shouldReadOneRecordPerRowAndYearColumnKeepingTheOtherColumns() throws IOException {
        Path file = write("Nama Wilayah;2020;2019;2018\nJAWA BARAT;410988;386198;367755\nBANTEN;;1;2\n");

        List<SourceRecord> records = ReadAll.records(unpivoted(file));

        assertThat(records).hasSize(2 * 3);
        assertThat(records).extracting(SourceRecord::index).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(records.get(0).raw().asMap())
                .containsExactly(
                        Map.entry("Nama Wilayah", "JAWA BARAT"),
                        Map.entry("tahun", "2020"),
                        Map.entry("garis_kemiskinan", "410988"));
        assertThat(records.get(2).raw().get("tahun")).isEqualTo("2018");
        assertThat(records.get(2).raw().get("garis_kemiskinan")).isEqualTo("367755");
        assertThat(records.get(2).raw().get("2020")).isNull();
        assertThat(records.get(3).raw().get("garis_kemiskinan"))
                .as("an empty cell still makes its record")
                .isNull();
    }

    @Test
    void shouldNameTheColumnsItProducesForTheHeaderCheck() throws IOException {
        try (UnpivotingReader reader = unpivoted(write("Nama Wilayah;2020;2019\nX;1;2\n"))) {
            assertThat(reader.columns()).contains(List.of("Nama Wilayah", "tahun", "garis_kemiskinan"));
        }
    }

    @Test
    void shouldCarryARowsShapeProblemToEachOfItsRecords() throws IOException {
        List<SourceRecord> records = ReadAll.records(unpivoted(write("Nama Wilayah;2020;2019\nX;1\n")));

        assertThat(records)
                .hasSize(2)
                .allSatisfy(record -> assertThat(record.unreadable().rule()).isEqualTo("columns"));
    }

    @Test
    void shouldResumeAfterCommittedUnpivotedRecords() throws IOException {
        try (UnpivotingReader reader = unpivoted(write("w;2020;2019\nA;1;2\nB;3;4\n"))) {
            reader.skip(3);
            SourceRecord next = reader.next();
            assertThat(next.index()).isEqualTo(4);
            assertThat(next.raw().asMap()).containsEntry("w", "B").containsEntry("tahun", "2019");
        }
    }

    @Test
    void shouldRefuseAFileWithoutAColumnToUnpivot() throws IOException {
        Path file = write("Nama Wilayah;tahun_2020\nX;1\n");

        assertThatThrownBy(() -> unpivoted(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("no column matches the unpivot pattern '\\d{4}'");
    }

    private UnpivotingReader unpivoted(Path file) {
        return new UnpivotingReader(
                new CsvRecordReader(file, SEMICOLON), YEARS, file.getFileName().toString());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "wide", ".csv"), text);
    }
}
