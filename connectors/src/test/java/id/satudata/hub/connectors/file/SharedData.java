package id.satudata.hub.connectors.file;

import java.nio.file.Files;
import java.nio.file.Path;

/** A real file of {@code ../shared/data/} (the build sets {@code shared.data.dir}); the tests never copy them. */
public final class SharedData {

    private SharedData() {}

    /** E.g. {@code opendata/jabar_odj/gariskemiskinanjabar.xls}; fails when it is missing. */
    public static Path path(String relativePath) {
        String configured = System.getProperty("shared.data.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
        Path file = dir.resolve(relativePath).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Shared data file " + file.toAbsolutePath() + " is missing");
        }
        return file;
    }
}
