package id.satudata.hub.routes.definition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one declaration file, in the order they were found. */
final class Problems {

    private final Path file;
    private final List<DefinitionProblem> found = new ArrayList<>();

    /** @param file relative to the config directory */
    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void add(String path, String message) {
        found.add(new DefinitionProblem(file, path, message));
    }

    int size() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<DefinitionProblem> list() {
        return List.copyOf(found);
    }

    /** A YAML path below another: {@code source} and {@code kind} make {@code source.kind}. */
    static String below(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
