package id.satudata.hub.connectors.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PushBodyTest {

    @Test
    void shouldCopyTheBodyAndHashItWithTheRequest() throws Exception {
        Path file;
        try (PushBody body = PushBody.copy(stream("[{\"a\":1}]"), -1, 100, "POST application/json")) {
            file = body.file();
            assertThat(Files.readString(file)).isEqualTo("[{\"a\":1}]");
            assertThat(body.hash())
                    .hasSize(64)
                    .isEqualTo(copyHash("[{\"a\":1}]", "POST application/json"))
                    .isNotEqualTo(copyHash("[{\"a\":2}]", "POST application/json"))
                    .isNotEqualTo(copyHash("[{\"a\":1}]", "POST application/x-ndjson"));
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRefuseABodyDeclaredLargerThanTheLimitBeforeReadingIt() {
        InputStream unread = new ByteArrayInputStream(new byte[0]) {
            @Override
            public int read(byte[] buffer) {
                throw new AssertionError("the body must not be read");
            }
        };

        assertThatThrownBy(() -> PushBody.copy(unread, 2048, 1024, "POST text/csv"))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessageContaining("1KB");
    }

    @Test
    void shouldRefuseAChunkedBodyAsSoonAsItPassesTheLimit() {
        assertThatThrownBy(() -> PushBody.copy(new ByteArrayInputStream(new byte[5000]), -1, 4096, "POST text/csv"))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessageContaining("4KB");
    }

    private static String copyHash(String body, String request) {
        try (PushBody copy = PushBody.copy(stream(body), -1, 100, request)) {
            return copy.hash();
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
