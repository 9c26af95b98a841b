package id.satudata.hub.connectors.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CdcPositionTest {

    @Test
    void shouldReadBackTheTextItIsStoredAs() {
        CdcPosition position = new CdcPosition(Map.of("server", "pg_dinkes"), Map.of("lsn", 1234L, "txId", 7));

        CdcPosition read = CdcPosition.parse(position.toString());

        assertThat(read.partition()).isEqualTo(Map.of("server", "pg_dinkes"));
        assertThat(((Number) read.offset().get("lsn")).longValue()).isEqualTo(1234L);
    }

    @Test
    void shouldBecomeTheOffsetEntryDebeziumLooksUpUnderTheEngineName() {
        CdcPosition position = new CdcPosition(Map.of("server", "pg_dinkes"), Map.of("lsn", 1234));

        Map<ByteBuffer, ByteBuffer> entry = position.asOffsetEntry("pg_dinkes");

        var only = entry.entrySet().iterator().next();
        assertThat(StandardCharsets.UTF_8.decode(only.getKey()).toString())
                .isEqualTo("[\"pg_dinkes\",{\"server\":\"pg_dinkes\"}]");
        assertThat(StandardCharsets.UTF_8.decode(only.getValue()).toString()).isEqualTo("{\"lsn\":1234}");
    }
}
