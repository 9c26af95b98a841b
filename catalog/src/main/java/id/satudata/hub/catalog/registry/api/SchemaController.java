package id.satudata.hub.catalog.registry.api;

import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.DEFAULT_JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.V1_JSON;

import id.satudata.hub.catalog.registry.SchemaRegistryService;
import id.satudata.hub.catalog.registry.SubjectVersion;
import id.satudata.hub.schemas.registry.RegistryException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schemas by global id: what every consumer asks to decode a record, so the first answer is kept as bytes. */
@RestController
@RequestMapping(
        path = RegistryMediaTypes.BASE_PATH + "/schemas",
        produces = {V1_JSON, DEFAULT_JSON, JSON})
@Tag(name = "Schema registry")
public class SchemaController {

    /** A subject and version that use a schema. */
    public record SubjectVersionBody(String subject, int version) {}

    private final SchemaRegistryService registry;
    private final SchemaBodies bodies;

    SchemaController(SchemaRegistryService registry, SchemaBodies bodies) {
        this.registry = registry;
        this.bodies = bodies;
    }

    /** {@code subject} names a context in Confluent's registry; the hub has one context, so it is accepted only. */
    @GetMapping("/ids/{id}")
    @Operation(summary = "The schema with the global id")
    public byte[] byId(@PathVariable String id, @RequestParam(required = false) String subject) {
        return bodies.byId(parseId(id));
    }

    @GetMapping("/ids/{id}/schema")
    @Operation(summary = "The schema text with the global id")
    public byte[] textById(@PathVariable String id) {
        return registry.schema(parseId(id)).schema().getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping("/ids/{id}/subjects")
    @Operation(summary = "The subjects that use the schema")
    public List<String> subjects(@PathVariable String id, @RequestParam(defaultValue = "false") boolean deleted) {
        return registry.subjectsOf(parseId(id), deleted);
    }

    @GetMapping("/ids/{id}/versions")
    @Operation(summary = "The subject-versions that use the schema")
    public List<SubjectVersionBody> versions(
            @PathVariable String id, @RequestParam(defaultValue = "false") boolean deleted) {
        return registry.versionsOf(parseId(id), deleted).stream()
                .map(SchemaController::body)
                .toList();
    }

    /** Avro only: the hub keeps Avro schemas, and says so rather than accept JSON Schema or Protobuf. */
    @GetMapping("/types")
    @Operation(summary = "The schema types this registry keeps")
    public List<String> types() {
        return SchemaRegistryService.SCHEMA_TYPES;
    }

    private static SubjectVersionBody body(SubjectVersion version) {
        return new SubjectVersionBody(version.subject(), version.version());
    }

    /** An id that is not a number matches no resource, as in Confluent's registry. */
    private static int parseId(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException notAnId) {
            throw new RegistryException(404, 404, "HTTP 404 Not Found");
        }
    }
}
