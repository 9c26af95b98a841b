package id.satudata.hub.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RecordJson;
import id.satudata.hub.schemas.conform.ConformedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Whole-dataset downloads in each format, read back and compared with what the hub stored. */
interface DownloadContract {

    MockMvc http();

    ObjectMapper json();

    static String download(String dataset) {
        return "/api/v1/datasets/" + dataset + "/download";
    }

    @Test
    default void shouldStreamEveryRowOfLargeDatasetAsCsvFileWithItsValues() throws Exception {
        MockHttpServletResponse response = http().perform(get(download(ManyRowsDataset.DATASET)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"transaksi-pasar.csv\""))
                .andReturn()
                .getResponse();
        List<List<String>> rows = RecordCsvContract.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("kode", "nama", "tanggal", "nilai", "_key", "_seq", "_updated_at");
        Map<Long, List<String>> byKode = new HashMap<>();
        rows.subList(1, rows.size()).forEach(row -> byKode.put(Long.valueOf(row.get(0)), row));
        assertThat(rows).hasSize(ManyRowsDataset.ROWS + 1);
        assertThat(byKode).hasSize(ManyRowsDataset.ROWS);
        byKode.forEach((kode, row) -> {
            Object tanggal = ManyRowsDataset.tanggal(kode);
            assertThat(row.subList(1, 5))
                    .containsExactly(
                            ManyRowsDataset.nama(kode),
                            tanggal == null ? "" : tanggal.toString(),
                            ManyRowsDataset.nilai(kode).toPlainString(),
                            String.valueOf(kode));
        });
    }

    @Test
    default void shouldDownloadJsonLinesEqualToTheRecordsApi() throws Exception {
        String lines = http().perform(get(download(ApiFixture.DATASET)).param("format", "jsonl"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/x-ndjson"))
                .andExpect(
                        header().string("Content-Disposition", "attachment; filename=\"jumlah-penduduk-miskin.jsonl\""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode page = json().readTree(
                        http().perform(get(ReadApiContract.RECORDS).param("limit", "1000"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString());
        List<JsonNode> downloaded = new ArrayList<>();
        for (String line : lines.split("\n")) {
            downloaded.add(json().readTree(line));
        }
        assertThat(lines).endsWith("}\n");
        assertThat(downloaded).containsExactlyElementsOf(page.get("records"));
    }

    @Test
    default void shouldDownloadAvroContainerWithSchemaAndTheStoredRecords() throws Exception {
        List<GenericRecord> allKinds = readAvro(avro(AllKindsDataset.DATASET), AllKindsDataset.SCHEMA);
        assertThat(allKinds).hasSize(1);
        assertThat(RecordJson.of(allKinds.get(0))).isEqualTo(RecordJson.of(AllKindsDataset.record()));
        List<String> stored = ApiFixture.records().stream()
                .map(change -> RecordJson.of(((RecordChange.Upsert) change).record()))
                .sorted()
                .toList();
        List<String> downloaded = readAvro(avro(ApiFixture.DATASET), ApiFixture.SCHEMA).stream()
                .map(RecordJson::of)
                .sorted()
                .toList();
        assertThat(downloaded).isEqualTo(stored);
        assertThat(readAvro(avro(ManyRowsDataset.DATASET), ManyRowsDataset.SCHEMA))
                .hasSize(ManyRowsDataset.ROWS);
    }

    @Test
    default void shouldGzipInTransitWhenAcceptEncodingAsksAndAsFileWhenGzipParameterDoes() throws Exception {
        String uri = download(ApiFixture.DATASET);
        byte[] plain = http().perform(get(uri)).andReturn().getResponse().getContentAsByteArray();
        MockHttpServletResponse encoded = http().perform(get(uri).header("Accept-Encoding", "deflate, gzip;q=0.8"))
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse();
        assertThat(gunzip(encoded.getContentAsByteArray())).isEqualTo(plain);
        MockHttpServletResponse file = http().perform(get(uri).param("gzip", "true"))
                .andExpect(header().doesNotExist("Content-Encoding"))
                .andExpect(content().contentType("application/gzip"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"jumlah-penduduk-miskin.csv.gz\""))
                .andReturn()
                .getResponse();
        assertThat(gunzip(file.getContentAsByteArray())).isEqualTo(plain);
        http().perform(get(uri).header("Accept-Encoding", "gzip;q=0"))
                .andExpect(header().doesNotExist("Content-Encoding"));
    }

    @Test
    default void shouldDownloadOnlyRowsMatchingTheFilters() throws Exception {
        String lines = http().perform(get(download(ApiFixture.DATASET)
                        + "?format=jsonl&tahun.gte=2020&kode_kabupaten_kota.in=3201,3202,3299"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lines.lines().map(line -> line.substring(line.indexOf("\"_key\":"), line.indexOf(",\"_seq\""))))
                .containsExactly("\"_key\":\"3201:2020\"", "\"_key\":\"3202:2020\"");
    }

    @Test
    default void shouldRefuseUnknownFormatAvroProjectionAndBadFilterWithProblem() throws Exception {
        http().perform(get(download(ApiFixture.DATASET)).param("format", "xlsx"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid_parameter"))
                .andExpect(jsonPath("$.parameter").value("format"));
        http().perform(get(download(ApiFixture.DATASET)).param("format", "avro").param("fields", "tahun"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("fields"));
        http().perform(get(download(ApiFixture.DATASET)).param("tahun.gte", "kemarin"))
                .andExpect(jsonPath("$.code").value("invalid_filter"));
        http().perform(get(download("tidak-ada"))).andExpect(status().isNotFound());
    }

    private byte[] avro(String dataset) throws Exception {
        return http().perform(get(download(dataset)).param("format", "avro"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/avro"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + dataset + ".avro\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** Reads an object container file, checking that it embeds {@code schema}, with the hub's logical types. */
    private static List<GenericRecord> readAvro(byte[] file, org.apache.avro.Schema schema) throws IOException {
        List<GenericRecord> records = new ArrayList<>();
        GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(null, null, ConformedData.model());
        try (DataFileStream<GenericRecord> stream = new DataFileStream<>(new ByteArrayInputStream(file), reader)) {
            assertThat(stream.getSchema()).isEqualTo(schema);
            stream.forEach(records::add);
        }
        return records;
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }
}
