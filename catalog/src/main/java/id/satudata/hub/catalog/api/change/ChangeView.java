package id.satudata.hub.catalog.api.change;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One change of a dataset as the feed shows it.
 *
 * @param op {@code c} created, {@code u} updated, {@code d} deleted
 * @param record the record after the change, as JSON, under {@code schemaVersion}; {@code null} for a delete
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChangeView(long seq, String op, String key, int schemaVersion, @JsonRawValue String record) {}
