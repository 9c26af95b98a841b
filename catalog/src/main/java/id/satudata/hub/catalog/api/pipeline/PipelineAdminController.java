package id.satudata.hub.catalog.api.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineControl;
import id.satudata.hub.catalog.pipeline.PipelineDeclaration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Declaring and steering pipelines (ADR-0003): a declaration is the tree of a {@code pipelines/*.yaml} file, in YAML
 * or JSON, checked as the hub checks its files at start-up, with every problem answered at once (422).
 */
@RestController
@RequestMapping("/api/v1/pipelines")
@Tag(name = "Pipelines")
public class PipelineAdminController {

    private final PipelineActions actions;
    private final PipelineController views;

    public PipelineAdminController(ObjectProvider<PipelineControl> control, PipelineController views) {
        this.actions = new PipelineActions(control);
        this.views = views;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json"})
    @Operation(summary = "Declare a pipeline (the tree of a pipelines/*.yaml file, YAML or JSON) and start it")
    public ResponseEntity<PipelineView> create(
            @RequestBody String body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
        String id = actions.act("", pipelines -> pipelines.create(declaration(body, type)));
        return ResponseEntity.created(URI.create("/api/v1/pipelines/" + id)).body(views.get(id, 0));
    }

    @PutMapping(
            value = "/{id}",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json"})
    @Operation(summary = "Replace a pipeline's declaration and restart it with the new one")
    public PipelineView replace(
            @PathVariable String id,
            @RequestBody String body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type) {
        actions.run(id, pipelines -> pipelines.replace(id, declaration(body, type)));
        return views.get(id, 0);
    }

    @PostMapping("/{id}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Poll a pipeline's source now (jdbc, rest, file inbox scan)")
    public PipelineView run(@PathVariable String id) {
        actions.run(id, pipelines -> pipelines.runNow(id));
        return views.get(id, 0);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Stop consuming a pipeline's source until it is resumed (state PAUSED)")
    public PipelineView pause(@PathVariable String id) {
        actions.run(id, pipelines -> pipelines.pause(id));
        return views.get(id, 0);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Consume a paused pipeline's source again")
    public PipelineView resume(@PathVariable String id) {
        actions.run(id, pipelines -> pipelines.resume(id));
        return views.get(id, 0);
    }

    private static PipelineDeclaration declaration(String body, MediaType type) {
        return new PipelineDeclaration(body, MediaType.APPLICATION_JSON.isCompatibleWith(type));
    }
}
