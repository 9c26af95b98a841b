package id.satudata.hub.catalog.api.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** The last committed position of a pipeline's source (watermark, file checksum and row, CDC offset). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PositionEntry(String value, Instant updatedAt) {}
