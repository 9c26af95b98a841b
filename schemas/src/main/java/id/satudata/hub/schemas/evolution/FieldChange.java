package id.satudata.hub.schemas.evolution;

import java.util.List;

/**
 * How one field differs between two versions of a record schema.
 *
 * @param kind {@code added}, {@code removed} or {@code changed}
 * @param before the field in the earlier version ({@code null} when added)
 * @param after the field in the later version ({@code null} when removed)
 * @param aspects what changed of a changed field: {@code type}, {@code default}, {@code doc}, {@code position}
 */
public record FieldChange(String field, String kind, FieldShape before, FieldShape after, List<String> aspects) {
    public FieldChange {
        aspects = List.copyOf(aspects);
    }

    /**
     * A field as a diff shows it.
     *
     * @param type the field's Avro type as JSON
     * @param defaultValue the default as JSON, {@code null} when the field has none
     */
    public record FieldShape(int position, String type, String defaultValue, String doc) {}
}
