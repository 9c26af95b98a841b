package id.satudata.hub.connectors.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.FileFormat;
import id.satudata.hub.connectors.file.ReadOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PushFormatTest {

    private static final PushSourceSettings SETTINGS = new PushSourceSettings(1024, ';', '"');

    @Test
    void shouldReadEachAcceptedContentTypeInItsFormat() {
        assertThat(PushFormat.of("application/json", SETTINGS).format()).isEqualTo(FileFormat.JSON);
        assertThat(PushFormat.of("application/x-ndjson", SETTINGS).format()).isEqualTo(FileFormat.JSONL);
        assertThat(PushFormat.of("Application/JSONL", SETTINGS).format()).isEqualTo(FileFormat.JSONL);
        assertThat(PushFormat.of("text/csv", SETTINGS).format()).isEqualTo(FileFormat.CSV);
    }

    @Test
    void shouldHonourTheCharsetParameterAndDefaultToUtf8() {
        ReadOptions latin = PushFormat.of("text/csv; charset=\"windows-1252\"", SETTINGS);

        assertThat(latin.encoding()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(latin.csv().delimiter()).isEqualTo(';');
        assertThat(PushFormat.of("application/json", SETTINGS).encoding()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldRefuseAnotherContentTypeNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> PushFormat.of("application/xml", SETTINGS))
                .isInstanceOf(UnsupportedBodyException.class)
                .hasMessageContaining("'application/xml'")
                .hasMessageContaining("application/json, application/x-ndjson, application/jsonl, text/csv");
        assertThatThrownBy(() -> PushFormat.of(null, SETTINGS)).isInstanceOf(UnsupportedBodyException.class);
    }

    @Test
    void shouldRefuseAnUnknownCharset() {
        assertThatThrownBy(() -> PushFormat.of("text/csv; charset=klingon-8", SETTINGS))
                .isInstanceOf(UnsupportedBodyException.class)
                .hasMessageContaining("'klingon-8' is not known");
    }
}
