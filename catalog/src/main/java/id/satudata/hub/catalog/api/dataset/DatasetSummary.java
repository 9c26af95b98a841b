package id.satudata.hub.catalog.api.dataset;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/** A dataset in the listing: what an analyst needs to pick one. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DatasetSummary(
        String id,
        String title,
        String description,
        String producer,
        List<String> keyFields,
        long recordCount,
        Instant updatedAt,
        int schemaVersion) {

    static DatasetSummary of(DatasetEntry dataset) {
        return new DatasetSummary(
                dataset.id(),
                dataset.title(),
                dataset.description(),
                dataset.producer(),
                dataset.keyFields(),
                dataset.recordCount(),
                dataset.updatedAt(),
                dataset.schemaVersion());
    }
}
