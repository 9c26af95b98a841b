package id.satudata.hub.connectors.file.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.ReadAll;
import id.satudata.hub.connectors.file.SharedData;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code delimiter: auto}: the delimiter is detected per file from its header and first rows. */
class DelimiterDetectionTest {

    private static final CsvFormat AUTO = new CsvFormat(null, '"', StandardCharsets.UTF_8, 0);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void shouldDetectEachCandidateDelimiter(String delimiter) throws IOException {
        Path file = write(String.join(delimiter, "kode", "nama", "tahun") + "\n"
                + String.join(delimiter, "3201", "KABUPATEN BOGOR", "2020") + "\n");

        try (CsvRecordReader reader = new CsvRecordReader(file, AUTO)) {
            assertThat(reader.delimiter()).isEqualTo(delimiter.charAt(0));
            assertThat(reader.next().raw().get("nama")).isEqualTo("KABUPATEN BOGOR");
        }
    }

    @Test
    void shouldReadTheRealJabarProvinceFileWithBomCrlfSemicolonsAndABlankLineAboveTheHeader() {
        Path file = SharedData.path("opendata/jabar_odj/angka_garis_kemiskinan_per_kapita_per_bulan__provinsi.csv");

        try (CsvRecordReader reader = new CsvRecordReader(file, AUTO)) {
            assertThat(reader.delimiter()).isEqualTo(';');
            assertThat(reader.columns()).contains(List.of("Nama Wilayah", "2020", "2019", "2018"));
            SourceRecord row = reader.next();
            assertThat(row.unreadable()).isNull();
            assertThat(row.raw().get("Nama Wilayah")).isEqualTo("JAWA BARAT");
            assertThat(row.raw().get("2018")).isEqualTo("367755");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void shouldDetectSemicolonDespiteDecimalCommasInTheRows() throws IOException {
        Path file = write("wilayah;persen\nKOTA BANDUNG;2,5\nKOTA BOGOR;7,1\n");

        try (CsvRecordReader reader = new CsvRecordReader(file, AUTO)) {
            assertThat(reader.delimiter()).isEqualTo(';');
            assertThat(reader.next().raw().get("persen")).isEqualTo("2,5");
        }
    }

    @Test
    void shouldNotCountDelimitersInsideQuotedMultiLineFields() throws IOException {
        Path file = write("nama;catatan\r\nX;\"a, b,\r\nc, d\"\r\nY;\"e\"\r\n");

        try (CsvRecordReader reader = new CsvRecordReader(file, AUTO)) {
            assertThat(reader.delimiter()).isEqualTo(';');
            assertThat(reader.next().raw().get("catatan")).isEqualTo("a, b,\r\nc, d");
        }
    }

    @Test
    void shouldDetectTheDelimiterOfAWindows1252File() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "nama|kota\nJOS\u00c9|CIANJUR\n".getBytes(Charset.forName("windows-1252")));

        CsvFormat windows = new CsvFormat(null, '"', Charset.forName("windows-1252"), 0);
        assertThat(readAll(file, windows))
                .singleElement()
                .satisfies(row -> assertThat(row.raw().get("nama")).isEqualTo("JOS\u00c9"));
    }

    @Test
    void shouldRefuseAFileThatTwoDelimitersSplitEqually() throws IOException {
        Path file = write("a,b;c\n1,2;3\n4,5;6\n");

        assertThatThrownBy(() -> new CsvRecordReader(file, AUTO))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("cannot detect the delimiter")
                .hasMessageContaining("',' and ';'")
                .hasMessageContaining("source.delimiter");
    }

    @Test
    void shouldRefuseAFileThatNoDelimiterSplitsEqually() throws IOException {
        Path file = write("a;b\n1,2,3\n4|5\n");

        assertThatThrownBy(() -> new CsvRecordReader(file, AUTO))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("none of , ; tab | splits its first 3 records");
    }

    @Test
    void shouldReadAOneColumnFile() throws IOException {
        assertThat(readAll(write("kode\n3201\n3202\n"), AUTO)).hasSize(2);
    }

    @Test
    void shouldSniffAfterTheLinesToSkip() throws IOException {
        Path file = write("Tabel 1. Garis Kemiskinan\nwilayah;2020\nJAWA BARAT;410988\n");

        CsvFormat skipTitle = new CsvFormat(null, '"', StandardCharsets.UTF_8, 1);
        assertThat(readAll(file, skipTitle))
                .singleElement()
                .satisfies(row -> assertThat(row.raw().get("2020")).isEqualTo("410988"));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "rows", ".csv"), text);
    }

    private static List<SourceRecord> readAll(Path file, CsvFormat format) {
        return ReadAll.records(new CsvRecordReader(file, format));
    }
}
