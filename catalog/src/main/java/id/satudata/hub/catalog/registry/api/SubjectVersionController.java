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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
        path = RegistryMediaTypes.BASE_PATH + "/subjects/{subject}/versions",
        produces = {V1_JSON, DEFAULT_JSON, JSON})
@Tag(name = "Schema registry")
public class SubjectVersionController {

    private final SchemaRegistryService registry;
    private final RegistryJson json;

    SubjectVersionController(SchemaRegistryService registry, RegistryJson json) {
        this.registry = registry;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "List the subject's versions")
    public List<Integer> versions(
            @PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(defaultValue = "false") boolean deletedOnly) {
        return registry.versions(subject, deleted, deletedOnly);
    }

    /** {@code id} and {@code version} in the body are kept in IMPORT mode only; the answer is the global id. */
    @PostMapping(consumes = {V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM})
    @Operation(summary = "Register a schema under the subject")
    public Map<String, Integer> register(
            @PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean normalize,
            @RequestBody(required = false) byte[] body) {
        SchemaRequest request = json.read(body, SchemaRequest.class);
        return Map.of("id", registry.register(subject, request.input(), request.id(), request.version()));
    }

    @GetMapping("/{version}")
    @Operation(summary = "One version: number, latest or -1")
    public VersionBody version(
            @PathVariable String subject,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean deleted) {
        return VersionBody.of(registry.version(subject, version, deleted));
    }

    @GetMapping("/{version}/schema")
    @Operation(summary = "The schema text of one version")
    public byte[] schema(
            @PathVariable String subject,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean deleted) {
        return registry.version(subject, version, deleted).schema().getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping("/{version}/referencedby")
    @Operation(summary = "The ids of the schemas that reference this version")
    public List<Integer> referencedBy(@PathVariable String subject, @PathVariable String version) {
        return registry.referencedBy(subject, version);
    }

    @DeleteMapping("/{version}")
    @Operation(summary = "Delete one version: soft first, then with permanent=true for good")
    public int delete(
            @PathVariable String subject,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean permanent) {
        return registry.deleteVersion(subject, version, permanent);
    }
}
