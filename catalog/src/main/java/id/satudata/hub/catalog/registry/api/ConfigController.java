package id.satudata.hub.catalog.registry.api;

import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.DEFAULT_JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.OCTET_STREAM;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.V1_JSON;

import id.satudata.hub.catalog.registry.RegistrySettings;
import id.satudata.hub.catalog.registry.SchemaRegistryService;
import id.satudata.hub.catalog.registry.api.RegistryJson.ConfigRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compatibility levels. As in Confluent's API, reads answer {@code compatibilityLevel} while writes take and echo
 * {@code compatibility}; a subject without its own level is 40408 unless {@code defaultToGlobal}.
 */
@RestController
@RequestMapping(
        path = RegistryMediaTypes.BASE_PATH + "/config",
        produces = {V1_JSON, DEFAULT_JSON, JSON})
@Tag(name = "Schema registry")
public class ConfigController {

    private final RegistrySettings settings;
    private final RegistryJson json;

    ConfigController(SchemaRegistryService registry, RegistryJson json) {
        this.settings = registry.settings();
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The global compatibility level")
    public Map<String, String> global() {
        return level(settings.compatibility(null, true).name());
    }

    @PutMapping(consumes = {V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM})
    @Operation(summary = "Set the global compatibility level")
    public Map<String, String> setGlobal(@RequestBody(required = false) byte[] body) {
        return set(null, body);
    }

    @DeleteMapping
    @Operation(summary = "Remove the global compatibility level, back to BACKWARD; answers the old one")
    public Map<String, String> deleteGlobal() {
        return level(settings.deleteCompatibility(null).name());
    }

    @GetMapping("/{subject}")
    @Operation(summary = "A subject's compatibility level")
    public Map<String, String> subject(
            @PathVariable String subject, @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        return level(settings.compatibility(subject, defaultToGlobal).name());
    }

    @PutMapping(
            path = "/{subject}",
            consumes = {V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM})
    @Operation(summary = "Set a subject's compatibility level")
    public Map<String, String> setSubject(@PathVariable String subject, @RequestBody(required = false) byte[] body) {
        return set(subject, body);
    }

    @DeleteMapping("/{subject}")
    @Operation(summary = "Remove a subject's compatibility level; answers the old one")
    public Map<String, String> deleteSubject(@PathVariable String subject) {
        return level(settings.deleteCompatibility(subject).name());
    }

    private Map<String, String> set(String subject, byte[] body) {
        String requested = json.read(body, ConfigRequest.class).compatibility();
        settings.setCompatibility(subject, requested);
        return Map.of("compatibility", requested);
    }

    private static Map<String, String> level(String level) {
        return Map.of("compatibilityLevel", level);
    }
}
