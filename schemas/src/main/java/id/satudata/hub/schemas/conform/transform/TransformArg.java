package id.satudata.hub.schemas.conform.transform;

import java.util.function.Function;

/**
 * One declared argument of a transform.
 *
 * @param name the key in the mapping, e.g. {@code from}
 * @param required whether the transform is unusable without it
 * @param doc what it means, for problem messages and CONFORM.md
 * @param check returns what is wrong with a value, or {@code null} when it is fine
 */
public record TransformArg(String name, boolean required, String doc, Function<String, String> check) {

    static TransformArg required(String name, String doc) {
        return new TransformArg(name, true, doc, value -> null);
    }

    static TransformArg optional(String name, String doc) {
        return new TransformArg(name, false, doc, value -> null);
    }

    TransformArg checkedBy(Function<String, String> check) {
        return new TransformArg(name, required, doc, check);
    }
}
