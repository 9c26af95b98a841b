package id.satudata.hub.catalog.api.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/** A dataset with its schema, its counts and the pipelines that feed it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetDetail(
        String id,
        String title,
        String description,
        String producer,
        List<String> keyFields,
        int schemaVersion,
        JsonNode schema,
        Counts counts,
        Instant createdAt,
        Instant updatedAt,
        List<FeedingPipeline> pipelines) {

    /** @param changes the dataset's last change-log sequence: how many changes it has seen */
    public record Counts(long records, long quarantined, long changes) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FeedingPipeline(String id, String sourceKind, String state) {}
}
