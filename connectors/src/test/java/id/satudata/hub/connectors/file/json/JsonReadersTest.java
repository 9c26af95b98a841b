package id.satudata.hub.connectors.file.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.ReadAll;
import id.satudata.hub.connectors.file.SharedData;
import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReadersTest {

    private static final Charset UTF_8 = StandardCharsets.UTF_8;

    @TempDir
    Path dir;

    @Test
    void shouldFlattenNestedObjectsToDottedNamesAndKeepArraysAsJsonText() throws IOException {
        Path file = write(
                """
                [{"kode": "3201", "wilayah": {"nama": "KABUPATEN BOGOR", "provinsi": {"kode": 32}},
                  "tahun": [2019, 2020], "jumlah": 451.3, "aktif": true, "catatan": null, "kosong": ""}]
                """);

        SourceRecord record =
                ReadAll.records(new JsonArrayReader(file, UTF_8, "")).get(0);

        assertThat(record.raw().get("wilayah.nama")).isEqualTo("KABUPATEN BOGOR");
        assertThat(record.raw().get("wilayah.provinsi.kode")).isEqualTo(32);
        assertThat(record.raw().get("tahun")).isEqualTo("[2019,2020]");
        assertThat(record.raw().get("jumlah")).isEqualTo(new BigDecimal("451.3"));
        assertThat(record.raw().get("aktif")).isEqualTo(true);
        assertThat(record.raw().get("catatan")).isNull();
        assertThat(record.raw().get("kosong")).isNull();
        assertThat(record.raw().asMap()).containsKeys("kode", "wilayah.nama", "catatan", "kosong");
    }

    @Test
    void shouldQuarantineAnArrayItemThatIsNotAnObject() throws IOException {
        List<SourceRecord> records =
                ReadAll.records(new JsonArrayReader(write("[{\"a\":1}, 42, [1], {\"a\":2}]"), UTF_8, ""));

        assertThat(records).extracting(SourceRecord::index).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.get(1).unreadable().message())
                .isEqualTo("item 2 of the array is a number, not an object of fields");
        assertThat(records.get(2).unreadable().rawValue()).isEqualTo("[1]");
        assertThat(records.get(3).unreadable()).isNull();
    }

    @Test
    void shouldFailAMalformedArrayWithTheLineAndColumnWhereItBroke() throws IOException {
        Path file = write("[\n{\"a\": 1},\n{\"a\": 2,,}\n]");

        try (JsonArrayReader reader = new JsonArrayReader(file, UTF_8, "")) {
            assertThat(reader.next().raw().get("a")).isEqualTo(1);
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("is not valid JSON at line 3, column 9, after record 2");
        }
    }

    @Test
    void shouldFailAFileThatEndsInsideTheArray() throws IOException {
        Path file = write("[{\"a\": 1}, {\"a\"");

        assertThatThrownBy(() -> ReadAll.records(new JsonArrayReader(file, UTF_8, "")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("is not valid JSON at line 1");
    }

    @Test
    void shouldReadTheRecordsOfARealCkanDatastoreAnswerByItsPointer() {
        Path file = SharedData.path("ckan/ckan_datastore/datastore_search.fiware-cygnus-row.json");

        List<SourceRecord> records = ReadAll.records(new JsonArrayReader(file, UTF_8, "/result/records"));

        assertThat(records).isNotEmpty().allSatisfy(record -> {
            assertThat(record.unreadable()).isNull();
            assertThat(record.raw().asMap()).containsKey("_id");
        });
    }

    @Test
    void shouldRefuseAPointerToSomethingOtherThanAnArray() throws IOException {
        Path file = write("{\"result\": {\"total\": 3, \"records\": []}}");

        assertThat(ReadAll.records(new JsonArrayReader(file, UTF_8, "/result/records")))
                .isEmpty();
        assertThatThrownBy(() -> new JsonArrayReader(file, UTF_8, "/result/total"))
                .hasMessageContaining("/result/total must be an array of records, but is a number");
        assertThatThrownBy(() -> new JsonArrayReader(file, UTF_8, "/data"))
                .hasMessageContaining("has no /data to read records from");
        assertThatThrownBy(() -> new JsonArrayReader(file, UTF_8, ""))
                .hasMessageContaining("the file must be an array of records, but is an object");
    }

    @Test
    void shouldQuarantineAMalformedJsonLineWithItsLineNumberAndReadTheRest() throws IOException {
        Path file = write("\uFEFF{\"a\": 1}\r\n\r\n{\"a\": 2\r\n[3]\r\n{\"a\": 4} x\r\n{\"a\": 5}\r\n");

        List<SourceRecord> records = ReadAll.records(new JsonLinesReader(file, UTF_8));

        assertThat(records).extracting(SourceRecord::index).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(records.get(0).raw().get("a")).isEqualTo(1);
        assertThat(records.get(1).unreadable().message()).startsWith("line 3 is not valid JSON at column");
        assertThat(records.get(1).unreadable().rawValue()).isEqualTo("{\"a\": 2");
        assertThat(records.get(2).unreadable().message()).isEqualTo("line 4 is an array, not a JSON object");
        assertThat(records.get(3).unreadable().message()).startsWith("line 5 ");
        assertThat(records.get(4).unreadable()).isNull();
        assertThat(records.get(4).raw().get("a")).isEqualTo(5);
    }

    @Test
    void shouldFailAJsonLinesFileThatIsNotTextInTheDeclaredEncoding() throws IOException {
        Path file = dir.resolve("latin.jsonl");
        Files.write(file, "{\"nama\": \"JOS\u00c9\"}\n".getBytes(Charset.forName("windows-1252")));

        assertThatThrownBy(() -> ReadAll.records(new JsonLinesReader(file, UTF_8)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not valid text in the declared encoding UTF-8");
        assertThat(ReadAll.records(new JsonLinesReader(file, Charset.forName("windows-1252"))))
                .singleElement()
                .satisfies(record -> assertThat(record.raw().get("nama")).isEqualTo("JOS\u00c9"));
    }

    @Test
    void shouldSkipCommittedRecords() throws IOException {
        try (JsonLinesReader reader = new JsonLinesReader(write("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n"), UTF_8)) {
            reader.skip(2);
            SourceRecord next = reader.next();
            assertThat(next.index()).isEqualTo(3);
            assertThat(next.raw().get("n")).isEqualTo(3);
        }
    }

    private Path write(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "records", ".json"), text);
    }
}
