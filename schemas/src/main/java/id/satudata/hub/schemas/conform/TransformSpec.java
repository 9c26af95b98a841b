package id.satudata.hub.schemas.conform;

import java.util.Map;

/**
 * One transform of a field mapping as declared: {@code trim}, {@code collapse-spaces}, {@code upper},
 * {@code lower}, {@code title}, {@code replace} (args {@code from}, {@code to}), {@code scale} (arg
 * {@code value}: the factor), {@code default} (arg {@code value}). A shorthand {@code {scale: 1000}} arrives as
 * {@code args = {value: "1000"}}.
 */
public record TransformSpec(String name, Map<String, String> args) {
    public TransformSpec {
        args = args == null ? Map.of() : Map.copyOf(args);
    }
}
