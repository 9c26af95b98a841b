package id.satudata.hub.catalog.registry.api;

import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.DEFAULT_JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.JSON;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.OCTET_STREAM;
import static id.satudata.hub.catalog.registry.api.RegistryMediaTypes.V1_JSON;

import id.satudata.hub.catalog.registry.RegistrySettings;
import id.satudata.hub.catalog.registry.SchemaRegistryService;
import id.satudata.hub.catalog.registry.api.RegistryJson.ModeRequest;
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
 * Modes: READWRITE, READONLY (every write refused with 42205) and IMPORT (ids and versions kept from another
 * registry; entered only while the subjects it covers are empty, or with {@code force=true}).
 */
@RestController
@RequestMapping(
        path = RegistryMediaTypes.BASE_PATH + "/mode",
        produces = {V1_JSON, DEFAULT_JSON, JSON})
@Tag(name = "Schema registry")
public class ModeController {

    private final RegistrySettings settings;
    private final RegistryJson json;

    ModeController(SchemaRegistryService registry, RegistryJson json) {
        this.settings = registry.settings();
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The global mode")
    public Map<String, String> global() {
        return mode(settings.mode(null, true).name());
    }

    @PutMapping(consumes = {V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM})
    @Operation(summary = "Set the global mode")
    public Map<String, String> setGlobal(
            @RequestParam(defaultValue = "false") boolean force, @RequestBody(required = false) byte[] body) {
        return set(null, force, body);
    }

    @DeleteMapping
    @Operation(summary = "Remove the global mode, back to READWRITE; answers the old one")
    public Map<String, String> deleteGlobal() {
        return mode(settings.deleteMode(null).name());
    }

    @GetMapping("/{subject}")
    @Operation(summary = "A subject's mode")
    public Map<String, String> subject(
            @PathVariable String subject, @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        return mode(settings.mode(subject, defaultToGlobal).name());
    }

    @PutMapping(
            path = "/{subject}",
            consumes = {V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM})
    @Operation(summary = "Set a subject's mode")
    public Map<String, String> setSubject(
            @PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean force,
            @RequestBody(required = false) byte[] body) {
        return set(subject, force, body);
    }

    @DeleteMapping("/{subject}")
    @Operation(summary = "Remove a subject's mode; answers the old one")
    public Map<String, String> deleteSubject(@PathVariable String subject) {
        return mode(settings.deleteMode(subject).name());
    }

    private Map<String, String> set(String subject, boolean force, byte[] body) {
        String requested = json.read(body, ModeRequest.class).mode();
        settings.setMode(subject, requested, force);
        return Map.of("mode", requested);
    }

    private static Map<String, String> mode(String mode) {
        return Map.of("mode", mode);
    }
}
