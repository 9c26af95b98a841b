package id.satudata.hub.catalog.registry.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.registry.SchemaInput;
import id.satudata.hub.catalog.registry.SchemaReference;
import id.satudata.hub.catalog.registry.SubjectVersion;
import id.satudata.hub.schemas.registry.RegistryException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Request and response bodies of the registry API, in Confluent's field names. Bodies are read here rather than by
 * Spring's converters so that any of the content types Confluent accepts works, and a body that is not JSON gets
 * Confluent's answer (400, {@code error_code} 400) instead of the web layer's.
 */
@Component
class RegistryJson {

    /** The body of register, lookup and compatibility requests. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchemaRequest(String schema, String schemaType, List<Reference> references, Integer id, Integer version) {

        SchemaInput input() {
            List<SchemaReference> resolved = references == null
                    ? List.of()
                    : references.stream().map(Reference::reference).toList();
            return new SchemaInput(schemaType, schema, resolved);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reference(String name, String subject, Integer version) {

        SchemaReference reference() {
            return new SchemaReference(name, subject, version == null ? -1 : version);
        }

        static List<Reference> of(List<SchemaReference> references) {
            return references.stream()
                    .map(reference -> new Reference(reference.name(), reference.subject(), reference.version()))
                    .toList();
        }
    }

    /** A subject's version; {@code schemaType} is left out for Avro, as Confluent does. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"subject", "version", "id", "references", "schema"})
    record VersionBody(String subject, int version, int id, List<Reference> references, String schema) {

        static VersionBody of(SubjectVersion version) {
            return new VersionBody(
                    version.subject(),
                    version.version(),
                    version.id(),
                    Reference.of(version.references()),
                    version.schema());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConfigRequest(String compatibility) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ModeRequest(String mode) {}

    private final ObjectMapper json;

    RegistryJson(ObjectMapper json) {
        this.json = json;
    }

    <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new RegistryException(422, 422, "The request body is missing");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new RegistryException(422, 422, "The request body is missing");
            }
            return value;
        } catch (JsonProcessingException malformed) {
            throw new RegistryException(400, 400, malformed.getOriginalMessage());
        } catch (java.io.IOException unreadable) {
            throw new RegistryException(400, 400, unreadable.getMessage());
        }
    }

    byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName(), unwritable);
        }
    }
}
