package id.satudata.hub.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The JSON bodies of Confluent's REST API that {@link HttpSchemaRegistryClient} sends and reads. Readers throw
 * {@link IllegalArgumentException} for a body that lacks what the API promises; the transport adds the call to it.
 */
final class RegistryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RegistryJson() {}

    static JsonNode parse(String body) throws JsonProcessingException {
        return MAPPER.readTree(body == null ? "" : body);
    }

    /** {@code {"schema": "<the schema as JSON text>"}}: no {@code schemaType}, which means Avro. */
    static String schemaRequest(Schema schema) {
        try {
            return MAPPER.writeValueAsString(MAPPER.createObjectNode().put("schema", schema.toString()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON object of one string cannot fail to serialize", impossible);
        }
    }

    /** {@code {"id": 1, ...}}: what registering answers. */
    static int id(JsonNode body) {
        return integer(body, "id");
    }

    /** {@code {"schema": "...", "schemaType": "AVRO"?}}: what {@code GET /schemas/ids/{id}} answers. */
    static Schema schema(JsonNode body) {
        String type = body.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new IllegalArgumentException("a " + type + " schema, and this client reads Avro only");
        }
        JsonNode text = body.path("schema");
        if (!text.isTextual()) {
            throw new IllegalArgumentException("no \"schema\" text");
        }
        try {
            return new Schema.Parser().parse(text.textValue());
        } catch (SchemaParseException invalid) {
            throw new IllegalArgumentException("an invalid Avro schema: " + invalid.getMessage(), invalid);
        }
    }

    /** {@code {"subject", "id", "version", "schema"}}: a subject's version, as lookup and the version GETs answer. */
    static RegisteredSchema registered(JsonNode body) {
        JsonNode subject = body.path("subject");
        if (!subject.isTextual()) {
            throw new IllegalArgumentException("no \"subject\"");
        }
        return new RegisteredSchema(subject.textValue(), integer(body, "id"), integer(body, "version"), schema(body));
    }

    /** {@code [1, 2, 3]}: a subject's versions. */
    static List<Integer> versions(JsonNode body) {
        if (!body.isArray()) {
            throw new IllegalArgumentException("no array of versions");
        }
        List<Integer> versions = new ArrayList<>();
        for (JsonNode version : body) {
            if (!version.isIntegralNumber()) {
                throw new IllegalArgumentException("a version that is not a number: " + version);
            }
            versions.add(version.intValue());
        }
        return List.copyOf(versions);
    }

    /**
     * {@code {"is_compatible": false, "messages": ["..."]}}: a verbose compatibility check. Messages some registries
     * send about a compatible schema are dropped: {@link Compatibility} lists reasons of incompatibility only.
     */
    static Compatibility compatibility(JsonNode body) {
        JsonNode compatible = body.path("is_compatible");
        if (!compatible.isBoolean()) {
            throw new IllegalArgumentException("no boolean \"is_compatible\"");
        }
        if (compatible.booleanValue()) {
            return Compatibility.ok();
        }
        List<String> reasons = new ArrayList<>();
        body.path("messages").forEach(message -> reasons.add(message.asText()));
        return new Compatibility(false, reasons);
    }

    private static int integer(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("no integer \"" + field + "\"");
        }
        return value.intValue();
    }
}
