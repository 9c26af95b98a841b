package id.satudata.hub.connectors.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.ingest.SourceRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushedRecordsTest {

    private static final PushSourceSettings SETTINGS = new PushSourceSettings(1 << 20, ',', '"');

    @Test
    void shouldReadEveryRecordOfEachFormat() {
        assertThat(read("application/json", "[{\"kode\":\"3201\"},{\"kode\":\"3202\"}]"))
                .extracting(record -> record.raw().get("kode"))
                .containsExactly("3201", "3202");
        assertThat(read("application/x-ndjson", "{\"kode\":\"3201\"}\n\n{\"kode\":\"3202\"}\n"))
                .extracting(SourceRecord::index)
                .containsExactly(1L, 2L);
        assertThat(read("text/csv", "kode,nama\r\n3201,BOGOR\r\n3202,SUKABUMI\r\n"))
                .extracting(record -> record.raw().get("nama"))
                .containsExactly("BOGOR", "SUKABUMI");
    }

    @Test
    void shouldReadACsvBodyInTheCharsetOfItsContentType() {
        byte[] latin = "kode,nama\n3201,Cianjur Selatan é\n".getBytes(Charset.forName("windows-1252"));

        List<SourceRecord> records = read("text/csv; charset=windows-1252", latin);

        assertThat(records.get(0).raw().get("nama")).isEqualTo("Cianjur Selatan é");
    }

    @Test
    void shouldRefuseMalformedJsonWithItsLineAndColumn() {
        assertThatThrownBy(() -> read("application/json", "[{\"kode\":\"3201\"},\n{\"kode\": }]"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageStartingWith("The body is not valid JSON at line 2, column")
                .satisfies(
                        e -> assertThat(((MalformedBodyException) e).record()).isEqualTo(1));
    }

    @Test
    void shouldRefuseAJsonLineThatIsNotAnObjectWithItsLine() {
        assertThatThrownBy(() -> read("application/x-ndjson", "{\"kode\":\"3201\"}\n{\"kode\": \n"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("Record 2 of the body does not parse: line 2 is not valid JSON");
    }

    @Test
    void shouldRefuseACsvRowWithTheWrongNumberOfValues() {
        assertThatThrownBy(() -> read("text/csv", "kode,nama\n3201,BOGOR\n3202\n"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("Record 2 of the body does not parse: line 3 has 1 values but the header has 2");
    }

    @Test
    void shouldRefuseACsvHeaderWithoutAColumnTheMappingReads() {
        assertThatThrownBy(() -> PushedRecords.readAll(
                        body("kode\n3201\n"), PushFormat.of("text/csv", SETTINGS), List.of("kode", "tahun")))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("the header lacks the column(s) [tahun]");
    }

    @Test
    void shouldRefuseBytesNotInTheDeclaredCharsetSayingHowToNameIt() {
        byte[] latin = "kode,nama\n3201,é\n".getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> read("text/csv", latin))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("charset=");
    }

    private static List<SourceRecord> read(String contentType, String text) {
        return read(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SourceRecord> read(String contentType, byte[] bytes) {
        try (PushBody body = body(bytes)) {
            return PushedRecords.readAll(body, PushFormat.of(contentType, SETTINGS), List.of());
        }
    }

    private static PushBody body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    private static PushBody body(byte[] bytes) {
        return PushBody.copy(new ByteArrayInputStream(bytes), bytes.length, 1 << 20, "POST");
    }
}
