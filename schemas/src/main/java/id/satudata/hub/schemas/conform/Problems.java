package id.satudata.hub.schemas.conform;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a mapping so that compile() can report them all at once. */
final class Problems {

    private final List<MappingProblem> found = new ArrayList<>();

    void add(String path, String message) {
        found.add(new MappingProblem(path, message));
    }

    int count() {
        return found.size();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidMappingException(found);
        }
    }
}
