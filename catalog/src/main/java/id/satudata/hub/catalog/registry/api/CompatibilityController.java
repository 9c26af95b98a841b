package id.satudata.hub.catalog.registry.api;

import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.DEFAULT_JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.OCTET_STREAM;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.V1_JSON;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import id.satudata.hub.catalog.registry.SchemaRegistryService;
import id.satudata.hub.catalog.registry.api.RegistryJson.SchemaRequest;
import id.satudata.hub.schemas.registry.Compatibility;
import id.satudata.hub.schemas.registry.RegistryException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a schema could be registered, without registering it. With {@code verbose=true} the answer carries the
 * reasons, and a schema that does not parse is answered as incompatible with the parser's message, as Confluent does.
 */
@RestController
@RequestMapping(
        path = RegistryMediaTypes.BASE_PATH + "/compatibility/subjects/{subject}/versions",
        produces = {V1_JSON, DEFAULT_JSON, JSON},
        consumes = {V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM})
@Tag(name = "Schema registry")
public class CompatibilityController {

    /** Confluent's answer; {@code messages} only when verbose. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CompatibilityBody(@JsonProperty("is_compatible") boolean compatible, List<String> messages) {}

    private final SchemaRegistryService registry;
    private final RegistryJson json;

    CompatibilityController(SchemaRegistryService registry, RegistryJson json) {
        this.registry = registry;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Check a schema against the subject's versions as its compatibility level says")
    public CompatibilityBody againstLevel(
            @PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean verbose,
            @RequestParam(defaultValue = "false") boolean normalize,
            @RequestBody(required = false) byte[] body) {
        return check(subject, null, verbose, body);
    }

    @PostMapping("/{version}")
    @Operation(summary = "Check a schema against one version: number, latest or -1")
    public CompatibilityBody againstVersion(
            @PathVariable String subject,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean verbose,
            @RequestParam(defaultValue = "false") boolean normalize,
            @RequestBody(required = false) byte[] body) {
        return check(subject, version, verbose, body);
    }

    private CompatibilityBody check(String subject, String version, boolean verbose, byte[] body) {
        SchemaRequest request = json.read(body, SchemaRequest.class);
        try {
            Compatibility answer = registry.checkCompatibility(subject, request.input(), version);
            return new CompatibilityBody(answer.compatible(), verbose ? answer.reasons() : null);
        } catch (RegistryException failure) {
            if (verbose && failure.errorCode() == 42201) {
                return new CompatibilityBody(false, List.of(failure.getMessage()));
            }
            throw failure;
        }
    }
}
