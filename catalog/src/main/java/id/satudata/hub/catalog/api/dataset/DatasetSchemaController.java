package id.satudata.hub.catalog.api.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.dataset.DatasetSubjects;
import id.satudata.hub.schemas.evolution.FieldChange;
import id.satudata.hub.schemas.evolution.SchemaDiff;
import id.satudata.hub.schemas.registry.RegisteredSchema;
import id.satudata.hub.schemas.registry.RegistryException;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A dataset's schema history, read from its value subject in the registry, and what changed between versions. */
@RestController
@RequestMapping("/api/v1/datasets/{id}/schemas")
@Tag(name = "Datasets")
public class DatasetSchemaController {

    /** One version of the dataset's schema; {@code current} marks the one its records conform to now. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SchemaVersion(int version, int id, boolean current, JsonNode schema) {}

    /** The dataset's value subject and every live version of it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SchemaHistory(String dataset, String subject, int currentVersion, List<SchemaVersion> versions) {}

    /** The field-level difference between two versions. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SchemaVersionDiff(String dataset, int from, int to, List<FieldChangeView> changes) {}

    /** A field as a diff shows it, its type and default as JSON. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FieldShapeView(int position, JsonNode type, JsonNode defaultValue, String doc) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FieldChangeView(
            String field, String kind, FieldShapeView before, FieldShapeView after, List<String> aspects) {}

    private final DatasetRepository datasets;
    private final DatasetSubjects subjects;
    private final SchemaRegistryClient registry;
    private final ObjectMapper json;

    public DatasetSchemaController(
            DatasetRepository datasets, DatasetSubjects subjects, SchemaRegistryClient registry, ObjectMapper json) {
        this.datasets = datasets;
        this.subjects = subjects;
        this.registry = registry;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "List every version of the dataset's schema, marking the one in force")
    public SchemaHistory history(@PathVariable String id) throws JsonProcessingException {
        int current = datasets.require(id).schemaVersion();
        String subject = subjects.valueSubject(id);
        List<SchemaVersion> versions = new ArrayList<>();
        for (int number : registry.versions(subject)) {
            RegisteredSchema version = registry.version(subject, number);
            versions.add(new SchemaVersion(
                    number,
                    version.id(),
                    number == current,
                    json.readTree(version.schema().toString())));
        }
        return new SchemaHistory(id, subject, current, versions);
    }

    @GetMapping("/diff")
    @Operation(summary = "Compare two versions field by field (default: the previous version with the current one)")
    public SchemaVersionDiff diff(
            @PathVariable String id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to)
            throws JsonProcessingException {
        int current = datasets.require(id).schemaVersion();
        int later = to == null ? current : to;
        int earlier = from == null ? Math.max(1, later - 1) : from;
        List<FieldChangeView> changes = new ArrayList<>();
        for (FieldChange change : SchemaDiff.between(version(id, earlier), version(id, later))) {
            changes.add(new FieldChangeView(
                    change.field(), change.kind(), view(change.before()), view(change.after()), change.aspects()));
        }
        return new SchemaVersionDiff(id, earlier, later, changes);
    }

    private org.apache.avro.Schema version(String datasetId, int number) {
        try {
            return registry.version(subjects.valueSubject(datasetId), number).schema();
        } catch (RegistryException e) {
            throw new ApiException(
                            ApiErrorCode.SCHEMA_VERSION_NOT_FOUND,
                            "Dataset '" + datasetId + "' has no schema version " + number)
                    .with("version", number);
        }
    }

    private FieldShapeView view(FieldChange.FieldShape shape) throws JsonProcessingException {
        if (shape == null) {
            return null;
        }
        JsonNode defaultValue = shape.defaultValue() == null ? null : json.readTree(shape.defaultValue());
        return new FieldShapeView(shape.position(), json.readTree(shape.type()), defaultValue, shape.doc());
    }
}
