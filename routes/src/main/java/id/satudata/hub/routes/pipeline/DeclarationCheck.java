package id.satudata.hub.routes.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.satudata.hub.catalog.pipeline.InvalidPipelineException;
import id.satudata.hub.catalog.pipeline.PipelineDeclaration;
import id.satudata.hub.routes.definition.CheckedPipeline;
import id.satudata.hub.routes.definition.DefinitionLoader;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.routes.definition.SourceKinds;
import id.satudata.hub.schemas.conform.RecordSteps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a declaration sent to the admin API with the reader that checks the config directory at start-up, against
 * the datasets declared now, and gives the YAML to write: a JSON body is written as the same tree in YAML, so that
 * what starts again after a restart is what was checked.
 */
final class DeclarationCheck {

    /** The YAML to write and the pipeline it declares. */
    record Checked(String yaml, PipelineDefinition pipeline) {}

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper YAML = new YAMLMapper();

    private final Path configDir;
    private final SourceKinds kinds;
    private final RecordSteps steps;

    DeclarationCheck(Path configDir, SourceKinds kinds, RecordSteps steps) {
        this.configDir = configDir;
        this.kinds = kinds;
        this.steps = steps;
    }

    /**
     * The checked declaration of a pipeline to be written to {@code file}; throws {@link InvalidPipelineException}
     * with every problem.
     *
     * @param requiredId the id the declaration must have (a PUT's), which it may leave out; {@code null} for none
     */
    Checked check(PipelineDeclaration declaration, Path file, String requiredId) {
        String yaml =
                declaration.json() ? yamlOf(declaration.text(), requiredId) : withId(declaration.text(), requiredId);
        CheckedPipeline checked = DefinitionLoader.checkPipeline(configDir, kinds, steps, yaml, file);
        List<InvalidPipelineException.Problem> problems = checked.problems().stream()
                .map(p -> new InvalidPipelineException.Problem(p.path(), p.message()))
                .toList();
        if (requiredId != null && checked.id() != null && !requiredId.equals(checked.id())) {
            problems = new ArrayList<>(problems);
            problems.add(
                    0,
                    new InvalidPipelineException.Problem(
                            "id",
                            "is '" + checked.id() + "' but the request is for pipeline '" + requiredId
                                    + "'; leave it out, or declare a renamed pipeline with POST and DELETE the old one"));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new Checked(yaml, checked.definition());
    }

    /** The JSON tree as YAML, with the required id when it leaves it out. */
    private static String yamlOf(String json, String requiredId) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (requiredId != null && tree instanceof ObjectNode object && !object.has("id")) {
                object.put("id", requiredId);
            }
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw invalid(
                    List.of(new InvalidPipelineException.Problem("", "unreadable JSON: " + e.getOriginalMessage())));
        }
    }

    /** A YAML declaration without an id gets the required one as its first line; one with an id stays as sent. */
    private static String withId(String yaml, String requiredId) {
        if (requiredId == null) {
            return yaml;
        }
        try {
            JsonNode tree = YAML.readTree(yaml);
            return tree instanceof ObjectNode object && !object.has("id") ? "id: " + requiredId + "\n" + yaml : yaml;
        } catch (JsonProcessingException unreadable) {
            return yaml; // the check reports it, with its line and column
        }
    }

    private static InvalidPipelineException invalid(List<InvalidPipelineException.Problem> problems) {
        return new InvalidPipelineException(
                "The pipeline declaration has " + problems.size() + " problem(s); nothing was changed", problems);
    }
}
