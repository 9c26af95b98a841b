package id.satudata.hub.connectors.file.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.ReadAll;
import id.satudata.hub.connectors.file.SharedData;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldReassembleTheRealBpsSplitTableSavedAsXls() {
        Path file = SharedData.path("opendata/jabar_odj/gariskemiskinanjabar.xls");

        try (HtmlTableReader reader = new HtmlTableReader(file, StandardCharsets.UTF_8, 2)) {
            assertThat(reader.columns()).contains(List.of("Nama Wilayah", "2020", "2019", "2018"));
            SourceRecord record = reader.next();
            assertThat(record.raw().asMap())
                    .containsExactly(
                            Map.entry("Nama Wilayah", "JAWA BARAT"),
                            Map.entry("2020", "410988.00"),
                            Map.entry("2019", "386198.00"),
                            Map.entry("2018", "367755.00"));
            assertThat(record.unreadable()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void shouldGiveTheTitleRowAboveTheHeaderWithItsColspanFilled() {
        Path file = SharedData.path("opendata/jabar_odj/gariskemiskinanjabar.xls");

        try (HtmlTableReader reader = new HtmlTableReader(file, StandardCharsets.UTF_8, 1)) {
            assertThat(reader.columns().orElseThrow())
                    .containsExactly(
                            "Nama Wilayah",
                            "Garis Kemiskinan Menurut Kabupaten/Kota (Rupiah/kapita/bulan)",
                            "Garis Kemiskinan Menurut Kabupaten/Kota (Rupiah/kapita/bulan)",
                            "Garis Kemiskinan Menurut Kabupaten/Kota (Rupiah/kapita/bulan)");
        }
    }

    @Test
    void shouldReadAPlainTableWithImpliedEndTagsEntitiesAndSpans() throws IOException {
        Path file = write(
                """
                <!DOCTYPE html><html><head><style>td { color: red }</style>
                <script>if (a < b) document.write("<table>")</script></head><body>
                <table border=1>
                  <thead><tr><th>Kecamatan<th>Kelurahan<th>Jumlah&nbsp;Penduduk</tr></thead>
                  <tr><td rowspan="2">Cengkareng<td>Cengkareng&#32;Barat<td>82755
                  <tr><td>Duri &amp; Kosambi<td>102410
                  <tr><td colspan=2>Total<td>185165</tr>
                </table>
                <table><tr><td>other</td></tr></table>
                </body></html>
                """);

        List<SourceRecord> records = ReadAll.records(new HtmlTableReader(file, StandardCharsets.UTF_8, 1));

        assertThat(records)
                .extracting(record -> record.raw().asMap())
                .containsExactly(
                        Map.of("Kecamatan", "Cengkareng", "Kelurahan", "Cengkareng Barat", "Jumlah Penduduk", "82755"),
                        Map.of("Kecamatan", "Cengkareng", "Kelurahan", "Duri & Kosambi", "Jumlah Penduduk", "102410"),
                        Map.of("Kecamatan", "Total", "Kelurahan", "Total", "Jumlah Penduduk", "185165"));
        assertThat(records).extracting(SourceRecord::index).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldStreamRowsOfALongTable() throws IOException {
        StringBuilder html = new StringBuilder("<table><tr><td>n</td></tr>");
        for (int i = 1; i <= 10_000; i++) {
            html.append("<tr><td>").append(i).append("</td></tr>\n");
        }
        Path file = write(html.append("</table>").toString());

        try (HtmlTableReader reader = new HtmlTableReader(file, StandardCharsets.UTF_8, 1)) {
            reader.skip(9_999);
            assertThat(reader.next().raw().get("n")).isEqualTo("10000");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void shouldRefuseADocumentWithoutATable() throws IOException {
        Path file = write("<html><body><p>Data tidak tersedia</p></body></html>");

        assertThatThrownBy(() -> new HtmlTableReader(file, StandardCharsets.UTF_8, 1))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("has no <table>");
    }

    @Test
    void shouldRefuseAHeaderRowBelowTheTable() throws IOException {
        Path file = write("<table><tr><td>a</td></tr></table>");

        assertThatThrownBy(() -> new HtmlTableReader(file, StandardCharsets.UTF_8, 3))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("row 3 of its table is missing or empty")
                .hasMessageContaining("source.header-row");
    }

    private Path write(String html) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "table", ".xls"), html);
    }
}
