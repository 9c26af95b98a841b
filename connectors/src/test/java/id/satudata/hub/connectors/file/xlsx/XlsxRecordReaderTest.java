package id.satudata.hub.connectors.file.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.ReadAll;
import id.satudata.hub.connectors.file.SharedData;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRecordReaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheRealJabarWorkbookWithNumbersAsStored() {
        Path file = SharedData.path("opendata/jabar_odj/angka_garis_kemiskinan_per_kapita_per_bulan_provinsi.xlsx");

        List<SourceRecord> records = ReadAll.records(new XlsxRecordReader(file, null, 1));

        assertThat(records)
                .extracting(record -> record.raw().asMap())
                .containsExactly(
                        java.util.Map.of("Tahun", "2020", "garis_kemiskinan", "410988"),
                        java.util.Map.of("Tahun", "2019", "garis_kemiskinan", "386198"),
                        java.util.Map.of("Tahun", "2018", "garis_kemiskinan", "367755"));
        assertThat(records.get(0).index()).isEqualTo(1);
    }

    @Test
    void shouldChooseTheSheetByNameThenByPositionAndTheHeaderRow() throws IOException {
        Path file = workbook();

        assertThat(ReadAll.records(new XlsxRecordReader(file, "2021", 3)))
                .singleElement()
                .satisfies(record -> assertThat(record.raw().get("kode")).isEqualTo("3273"));
        assertThat(ReadAll.records(new XlsxRecordReader(file, "1", 1)))
                .singleElement()
                .satisfies(record -> assertThat(record.raw().get("catatan")).isEqualTo("sheet pertama"));
        assertThat(ReadAll.records(new XlsxRecordReader(file, "3", 3))).hasSize(1);
    }

    @Test
    void shouldGiveStoredNumbersAndIsoDatesNotWhatTheCellsShow() throws IOException {
        Path file = workbook();

        SourceRecord record =
                ReadAll.records(new XlsxRecordReader(file, "2021", 3)).get(0);

        assertThat(record.raw().get("jumlah")).isEqualTo("1234567.5");
        assertThat(record.raw().get("tanggal")).isEqualTo("2021-12-31");
        assertThat(record.raw().get("waktu")).isEqualTo("2021-12-31T08:30");
        assertThat(record.raw().get("kosong")).isNull();
        assertThat(record.unreadable()).isNull();
    }

    @Test
    void shouldPassOverEmptyRowsAndQuarantineAValueWithoutAColumn() throws IOException {
        Path file = dir.resolve("rows.xlsx");
        write(file, book -> {
            Worksheet sheet = book.newWorksheet("data");
            sheet.value(0, 0, "kode");
            sheet.value(1, 0, "3201");
            sheet.value(3, 0, "3202");
            sheet.value(3, 2, "catatan lepas");
        });

        List<SourceRecord> records = ReadAll.records(new XlsxRecordReader(file, null, 1));

        assertThat(records).hasSize(2);
        assertThat(records.get(1).unreadable().message()).isEqualTo("line 4 has 3 values but the header has 1 columns");
    }

    @Test
    void shouldRefuseASheetItDoesNotHaveWithTheSheetsItHas() throws IOException {
        Path file = workbook();

        assertThatThrownBy(() -> new XlsxRecordReader(file, "2019", 1))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("has no sheet '2019'; its sheets are [ringkasan, 2021, lain]");
    }

    @Test
    void shouldRefuseAnEmptyHeaderRow() throws IOException {
        Path file = workbook();

        assertThatThrownBy(() -> new XlsxRecordReader(file, "2021", 2))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("row 2 of the sheet is missing or empty")
                .hasMessageContaining("source.header-row");
    }

    @Test
    void shouldRefuseAFileThatIsNotAWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve("bukan.xlsx"), "kode,nama\n");

        assertThatThrownBy(() -> new XlsxRecordReader(file, null, 1))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("cannot be read as an XLSX workbook");
    }

    /** Three sheets; "2021" has a title in row 1, an empty row 2, the header in row 3 and one formatted row. */
    private Path workbook() throws IOException {
        Path file = dir.resolve("book.xlsx");
        if (Files.exists(file)) {
            return file;
        }
        write(file, book -> {
            Worksheet first = book.newWorksheet("ringkasan");
            first.value(0, 0, "catatan");
            first.value(1, 0, "sheet pertama");
            Worksheet sheet = book.newWorksheet("2021");
            sheet.value(0, 0, "Jumlah penduduk 2021");
            List.of("kode", "jumlah", "tanggal", "waktu", "kosong").forEach(name -> sheet.value(2, header(name), name));
            sheet.value(3, 0, "3273");
            sheet.value(3, 1, 1234567.5);
            sheet.style(3, 1).format("#,##0").set();
            sheet.value(3, 2, LocalDate.of(2021, 12, 31));
            sheet.style(3, 2).format("dd/mm/yyyy").set();
            sheet.value(3, 3, LocalDateTime.of(2021, 12, 31, 8, 30));
            sheet.style(3, 3).format("dd/mm/yyyy hh:mm").set();
            Worksheet other = book.newWorksheet("lain");
            other.value(2, 0, "x");
            other.value(3, 0, "1");
        });
        return file;
    }

    private static int header(String name) {
        return List.of("kode", "jumlah", "tanggal", "waktu", "kosong").indexOf(name);
    }

    private interface Sheets {
        void fill(Workbook book) throws IOException;
    }

    private static void write(Path file, Sheets sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook book = new Workbook(out, "test", "1.0");
            sheets.fill(book);
            book.finish();
        }
    }
}
