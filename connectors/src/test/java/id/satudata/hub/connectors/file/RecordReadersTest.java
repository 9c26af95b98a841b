package id.satudata.hub.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.csv.CsvFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReadersTest {

    private static final CsvFormat AUTO_CSV = new CsvFormat(null, '"', StandardCharsets.UTF_8, 0);
    private static final ReadOptions AUTO = new ReadOptions(FileFormat.AUTO, AUTO_CSV, null, 1, "", null);

    @TempDir
    Path dir;

    @Test
    void shouldRefuseFileWhoseHeaderLacksMappedColumns() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "a,b\n1,2\n");

        assertThatThrownBy(() -> RecordReaders.open(file, AUTO, List.of("a", "tahun", "kode")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("[tahun, kode]")
                .hasMessageContaining("[a, b]");
    }

    @Test
    void shouldPickTheReaderByExtensionWithFormatAuto() throws IOException {
        assertThat(ReadAll.records(RecordReaders.open(
                        Files.writeString(dir.resolve("a.jsonl"), "{\"n\": 1}\n"), AUTO, List.of("n"))))
                .singleElement()
                .satisfies(record -> assertThat(record.raw().get("n")).isEqualTo(1));
        assertThat(ReadAll.records(
                        RecordReaders.open(Files.writeString(dir.resolve("a.json"), "[{\"n\": 2}]"), AUTO, List.of())))
                .singleElement()
                .satisfies(record -> assertThat(record.raw().get("n")).isEqualTo(2));
        assertThat(ReadAll.records(RecordReaders.open(
                        Files.writeString(dir.resolve("a.tsv"), "n\tm\n3\t4\n"), AUTO, List.of("n"))))
                .singleElement()
                .satisfies(record -> assertThat(record.raw().get("m")).isEqualTo("4"));
    }

    @Test
    void shouldTellAnHtmlTableSavedAsXlsFromARealWorkbook() throws IOException {
        Path html = SharedData.path("opendata/jabar_odj/gariskemiskinanjabar.xls");
        Path legacy = Files.write(dir.resolve("lama.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0});
        Path xlsx = Files.copy(
                SharedData.path("opendata/jabar_odj/angka_garis_kemiskinan_per_kapita_per_bulan_provinsi.xlsx"),
                dir.resolve("baru.xls"));

        assertThat(FileFormatDetector.resolve(FileFormat.AUTO, html)).isEqualTo(FileFormat.HTML);
        assertThat(FileFormatDetector.resolve(FileFormat.AUTO, xlsx)).isEqualTo(FileFormat.XLSX);
        assertThat(FileFormatDetector.resolve(FileFormat.CSV, html)).isEqualTo(FileFormat.CSV);
        assertThatThrownBy(() -> FileFormatDetector.resolve(FileFormat.AUTO, legacy))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("binary Excel 97-2003 workbook");
    }

    @Test
    void shouldRefuseAnExtensionItDoesNotKnow() throws IOException {
        Path file = Files.writeString(dir.resolve("data.parquet"), "x");

        assertThatThrownBy(() -> RecordReaders.open(file, AUTO, List.of()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("does not know the extension '.parquet'");
    }
}
