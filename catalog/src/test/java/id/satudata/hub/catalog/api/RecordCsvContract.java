package id.satudata.hub.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** Records pages as CSV ({@code Accept: text/csv}), read back with an independent RFC 4180 parser. */
interface RecordCsvContract extends RecordQueryContract {

    MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    @Test
    default void shouldAnswerCsvWithHeaderOfChosenFieldsAndNextPageInLinkHeader() throws Exception {
        String uri =
                RECORDS + "?limit=20&sort=-tahun&fields=kode_kabupaten_kota,tahun,tanggal_rilis,jumlah_penduduk_miskin";
        List<List<String>> rows = new ArrayList<>();
        String link = uri;
        int pages = 0;
        while (link != null) {
            MockHttpServletResponse response = http().perform(get(link).accept(TEXT_CSV))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("text/csv;charset=UTF-8"))
                    .andReturn()
                    .getResponse();
            List<List<String>> page = parse(response.getContentAsString());
            assertThat(page.get(0))
                    .containsExactly("kode_kabupaten_kota", "tahun", "tanggal_rilis", "jumlah_penduduk_miskin", "_key");
            rows.addAll(page.subList(1, page.size()));
            String header = response.getHeader("Link");
            link = header == null ? null : header.substring(header.indexOf("/api"), header.indexOf('>'));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        List<JsonNode> records = pageThrough(uri);
        assertThat(rows).hasSize(ApiFixture.RECORDS);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode record = records.get(i);
            String released = record.get("tanggal_rilis").isNull()
                    ? ""
                    : record.get("tanggal_rilis").asText();
            assertThat(rows.get(i))
                    .containsExactly(
                            record.get("kode_kabupaten_kota").asText(),
                            record.get("tahun").asText(),
                            released,
                            rows.get(i).get(3),
                            record.get("_key").asText());
            // the page's JSON number reads back as a double; the CSV keeps the column's scale
            assertThat(new BigDecimal(rows.get(i).get(3)))
                    .isEqualByComparingTo(record.get("jumlah_penduduk_miskin").decimalValue())
                    .hasScaleOf(2);
        }
    }

    @Test
    default void shouldQuoteCsvFieldsWithCommaQuoteOrLineBreakAndTellEmptyFromNull() throws Exception {
        String csv = http().perform(get("/api/v1/datasets/" + ManyRowsDataset.DATASET
                                + "/records?kode.in=50,77,91,3&fields=kode,nama,tanggal&sort=kode")
                        .accept(TEXT_CSV))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .isEqualTo("kode,nama,tanggal,_key\r\n"
                        + "3,Pasar 3,,3\r\n"
                        + "50,\"Pasar \"\"Baru\"\", blok 50\",2024-02-20,50\r\n"
                        + "77,\"baris\r\nbaru 77\",2024-03-18,77\r\n"
                        + "91,\"\",2024-04-01,91\r\n");
    }

    @Test
    default void shouldAnswerBadCsvRequestWithProblem() throws Exception {
        http().perform(get(RECORDS + "?tahun=dua ribu").accept(TEXT_CSV))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid_filter"));
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(csv)) {
            rows.add(record.getFields());
        }
        return rows;
    }
}
