package id.satudata.hub.catalog.registry.api;

import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.DEFAULT_JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.OCTET_STREAM;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.V1_JSON;

import id.satudata.hub.catalog.registry.SchemaRegistryService;
import id.satudata.hub.catalog.registry.api.RegistryJson.SchemaRequest;
import id.satudata.hub.catalog.registry.api.RegistryJson.VersionBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(
        path = RegistryMediaTypes.BASE_PATH + "/subjects",
        produces = {V1_JSON, DEFAULT_JSON, JSON})
@Tag(name = "Schema registry", description = "Confluent Schema Registry API for Avro schemas")
public class SubjectController {

    private final SchemaRegistryService registry;
    private final RegistryJson json;

    SubjectController(SchemaRegistryService registry, RegistryJson json) {
        this.registry = registry;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "List subjects")
    public List<String> subjects(
            @RequestParam(required = false) String subjectPrefix,
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(defaultValue = "false") boolean deletedOnly) {
        return registry.subjects(subjectPrefix, deleted, deletedOnly);
    }

    @PostMapping(
            path = "/{subject}",
            consumes = {V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM})
    @Operation(summary = "Find the subject's version with a schema")
    public VersionBody lookup(
            @PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(defaultValue = "false") boolean normalize,
            @RequestBody(required = false) byte[] body) {
        SchemaRequest request = json.read(body, SchemaRequest.class);
        return VersionBody.of(registry.lookup(subject, request.input(), deleted));
    }

    @DeleteMapping("/{subject}")
    @Operation(summary = "Delete a subject: soft first, then with permanent=true for good")
    public List<Integer> delete(@PathVariable String subject, @RequestParam(defaultValue = "false") boolean permanent) {
        return registry.deleteSubject(subject, permanent);
    }
}
