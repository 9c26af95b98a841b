package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.satudata.hub.catalog.dcat.DatasetLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CKAN's Action API at CKAN's path, so that CKAN clients, harvesters and portals read the hub as a CKAN site: every
 * action answers GET with query parameters and POST with a JSON object, inside CKAN's envelope.
 */
@RestController
@RequestMapping(CkanActionController.BASE)
@Tag(name = "CKAN", description = "A read-only subset of CKAN's Action API for CKAN clients and harvesters")
public class CkanActionController {

    static final String BASE = "/api/3/action";

    private final Map<String, CkanAction> actions;

    public CkanActionController(List<CkanAction> actions) {
        this.actions = actions.stream().collect(Collectors.toMap(CkanAction::name, Function.identity()));
    }

    @GetMapping("/{action}")
    @Operation(summary = "Run a CKAN action with its parameters in the query string")
    public ResponseEntity<Object> get(
            @PathVariable String action, @RequestParam MultiValueMap<String, String> parameters) {
        return run(action, ActionParameters.ofQuery(parameters));
    }

    @PostMapping("/{action}")
    @Operation(summary = "Run a CKAN action with its parameters in a JSON object")
    public ResponseEntity<Object> post(@PathVariable String action, @RequestBody(required = false) ObjectNode body) {
        return run(action, body == null ? ActionParameters.none() : ActionParameters.ofBody(body));
    }

    /** CKAN answers an unknown action with a bare JSON string, not the envelope. */
    private ResponseEntity<Object> run(String name, ActionParameters parameters) {
        CkanAction action = actions.get(name);
        if (action == null) {
            return ResponseEntity.badRequest().body(TextNode.valueOf("Bad request - Action name not known: " + name));
        }
        DatasetLinks links = DatasetLinks.ofCurrentRequest();
        return ResponseEntity.ok(CkanResponse.ok(help(links, name), action.run(parameters, links)));
    }

    /** The URL of the action's documentation, CKAN's {@code help}. */
    static String help(DatasetLinks links, String action) {
        return links.ckanAction("help_show") + "?name=" + action;
    }
}
