package id.satudata.hub.schemas.conform;

import java.util.List;
import java.util.Map;

/**
 * How one target field is filled.
 *
 * @param source the source field name, or {@code null} with a {@code constant}
 * @param constant a constant raw value used instead of a source field
 * @param transforms applied in order to the raw value before it is parsed
 * @param parse parse options for the target type, e.g. {@code number: id} for {@code 1.234,56},
 *     {@code date: dd/MM/yyyy}; the conform engine documents and validates the keys
 */
public record FieldSpec(String source, String constant, List<TransformSpec> transforms, Map<String, String> parse) {
    public FieldSpec {
        transforms = transforms == null ? List.of() : List.copyOf(transforms);
        parse = parse == null ? Map.of() : Map.copyOf(parse);
    }

    public static FieldSpec fromSource(String source) {
        return new FieldSpec(source, null, List.of(), Map.of());
    }
}
