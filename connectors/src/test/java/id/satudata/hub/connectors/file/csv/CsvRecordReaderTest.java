package id.satudata.hub.connectors.file.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.ReadAll;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReaderTest {

    private static final CsvFormat COMMA = new CsvFormat(',', '"', StandardCharsets.UTF_8, 0);

    @TempDir
    Path dir;

    @Test
    void shouldReadRowsByHeaderNameWithEmptyValuesAbsent() throws IOException {
        List<SourceRecord> rows = readAll(write("kode,nama,jumlah\n3201,KABUPATEN BOGOR,451.3\n3202,,\n"), COMMA);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).index()).isEqualTo(1);
        assertThat(rows.get(0).raw().get("nama")).isEqualTo("KABUPATEN BOGOR");
        assertThat(rows.get(1).raw().get("nama")).isNull();
        assertThat(rows.get(1).raw().asMap()).containsEntry("kode", "3202").containsEntry("jumlah", "");
        assertThat(rows.get(1).unreadable()).isNull();
    }

    @Test
    void shouldStripByteOrderMarkAndAcceptCrlfAndQuotedMultiLineFields() throws IOException {
        String text = "\uFEFFkode;nama\r\n3201;\"KABUPATEN\r\nBOGOR\"\r\n";
        List<SourceRecord> rows = readAll(write(text), new CsvFormat(';', '"', StandardCharsets.UTF_8, 0));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.raw().get("kode")).isEqualTo("3201");
            assertThat(row.raw().get("nama")).isEqualTo("KABUPATEN\r\nBOGOR");
        });
    }

    @Test
    void shouldSkipLinesBeforeTheHeader() throws IOException {
        List<SourceRecord> rows = readAll(
                write(";;;\nwilayah;2020\nJawa Barat;410988\n"), new CsvFormat(';', '"', StandardCharsets.UTF_8, 1));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.raw().get("2020"))
                .isEqualTo("410988"));
    }

    @Test
    void shouldTakeTheFirstRowThatNamesAnythingAsTheHeader() throws IOException {
        List<SourceRecord> rows = readAll(
                write("\r\n;;;\r\nwilayah;2020\r\nJawa Barat;410988\r\n"),
                new CsvFormat(';', '"', StandardCharsets.UTF_8, 0));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.raw().get("wilayah")).isEqualTo("Jawa Barat");
            assertThat(row.raw().get("2020")).isEqualTo("410988");
        });
    }

    @Test
    void shouldMarkRowWithTooFewValuesAsUnreadableButAcceptTrailingEmptyValues() throws IOException {
        List<SourceRecord> rows = readAll(write("a,b,c\n1,2\n1,2,3,\n1,2,3,4\n"), COMMA);

        assertThat(rows.get(0).unreadable().rule()).isEqualTo("columns");
        assertThat(rows.get(0).unreadable().message()).contains("line 2", "2 values", "3 columns");
        assertThat(rows.get(1).unreadable()).isNull();
        assertThat(rows.get(2).unreadable().message()).contains("4 values");
    }

    @Test
    void shouldRefuseEmptyFile() throws IOException {
        Path file = write("");

        assertThatThrownBy(() -> new CsvRecordReader(file, COMMA))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void shouldRefuseBytesThatAreNotValidInTheDeclaredEncoding() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "nama\nCIKAMPEK \u00e9\n".getBytes(Charset.forName("windows-1252")));

        assertThatThrownBy(() -> readAll(file, COMMA))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not valid text in the declared encoding UTF-8")
                .hasMessageContaining("source.encoding");
        assertThat(readAll(file, new CsvFormat(',', '"', Charset.forName("windows-1252"), 0)))
                .singleElement()
                .satisfies(row -> assertThat(row.raw().get("nama")).isEqualTo("CIKAMPEK \u00e9"));
    }

    @Test
    void shouldSkipCommittedRows() throws IOException {
        try (CsvRecordReader reader = new CsvRecordReader(write("a\n1\n2\n3\n"), COMMA)) {
            reader.skip(2);
            SourceRecord next = reader.next();
            assertThat(next.index()).isEqualTo(3);
            assertThat(next.raw().get("a")).isEqualTo("3");
            assertThat(reader.next()).isNull();
        }
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "rows", ".csv");
        Files.writeString(file, text);
        return file;
    }

    private static List<SourceRecord> readAll(Path file, CsvFormat format) {
        return ReadAll.records(new CsvRecordReader(file, format));
    }
}
