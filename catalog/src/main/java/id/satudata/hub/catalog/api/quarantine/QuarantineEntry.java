package id.satudata.hub.catalog.api.quarantine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A raw record that could not be conformed, with every reason.
 *
 * @param raw the record as the source gave it (a JSON object)
 * @param violations each failing field: {@code field}, {@code rawValue}, {@code rule}, {@code message}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record QuarantineEntry(
        long id,
        String pipeline,
        Long run,
        String sourceRef,
        Long recordIndex,
        JsonNode raw,
        JsonNode violations,
        Instant time) {}
