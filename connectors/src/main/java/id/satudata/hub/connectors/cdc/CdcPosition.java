package id.satudata.hub.connectors.cdc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * An engine's source position as a pipeline stores it with its records: the Debezium partition and offset of the
 * last change the batch holds, as JSON, e.g. {@code {"partition":{"server":"x"},"offset":{"lsn":123,...}}}. It is
 * turned back into the key and value bytes Debezium's offset reader looks up, made by the same converter Debezium
 * writes them with.
 */
public record CdcPosition(Map<String, ?> partition, Map<String, ?> offset) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The position of a stored position text. */
    public static CdcPosition parse(String position) {
        try {
            Map<String, Map<String, Object>> parts = JSON.readValue(position, new TypeReference<>() {});
            return new CdcPosition(parts.get("partition"), parts.get("offset"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CDC position: " + position, e);
        }
    }

    @Override
    public String toString() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("partition", partition);
        parts.put("offset", offset);
        try {
            return JSON.writeValueAsString(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The offset entry of engine {@code engineName}, as Debezium's offset storage holds it. */
    Map<ByteBuffer, ByteBuffer> asOffsetEntry(String engineName) {
        try (JsonConverter converter = new JsonConverter()) {
            converter.configure(Map.of("schemas.enable", "false", "converter.type", "key"));
            byte[] key = converter.fromConnectData(engineName, null, Arrays.asList(engineName, partition));
            byte[] value = converter.fromConnectData(engineName, null, offset);
            return Map.of(ByteBuffer.wrap(key), ByteBuffer.wrap(value));
        }
    }
}
