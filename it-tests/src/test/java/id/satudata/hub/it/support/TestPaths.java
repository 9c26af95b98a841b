package id.satudata.hub.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the repository's declared config and the shared reference data: from the system properties
 * {@code hub.repo.dir} and {@code shared.data.dir} that the build sets, else (in an IDE) from the working directory.
 */
public final class TestPaths {

    private TestPaths() {}

    /** The repository's {@code config/}: the datasets and pipelines the hub under test runs. */
    public static Path repoConfig() {
        return repo().resolve("config");
    }

    /** The repository's benchmark config: the {@code bench-load-csv} pipeline of generated 10-column rows. */
    public static Path benchConfig() {
        return repo().resolve("bench/load-config");
    }

    /** {@code it-tests/npm/}: the npm project of the third-party clients run against the hub, and their scripts. */
    public static Path npmClients() {
        return repo().resolve("it-tests/npm");
    }

    /** The runnable hub jar the build made, for tests that run the hub as a process of its own. */
    public static Path hubJar() {
        Path target = repo().resolve("routes/target");
        try (var jars = Files.list(target)) {
            return jars.filter(jar -> jar.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No runnable hub jar in " + target + "; build first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of {@code ../shared/data/}, e.g. {@code opendata/jabar_odj/...csv}; fails when it is missing. */
    public static Path sharedData(String relativePath) {
        Path file = sharedDataRoot().resolve(relativePath).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Shared data file " + file + " is missing");
        }
        return file;
    }

    /** A folder of {@code ../shared/data/}, e.g. {@code wilayah/cahyadsn}; fails when it is missing. */
    public static Path sharedDataDir(String relativePath) {
        Path dir = sharedDataRoot().resolve(relativePath).normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Shared data folder " + dir + " is missing");
        }
        return dir;
    }

    private static Path sharedDataRoot() {
        String configured = System.getProperty("shared.data.dir");
        return configured != null ? Path.of(configured) : repo().resolve("../shared/data");
    }

    private static Path repo() {
        String configured = System.getProperty("hub.repo.dir");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("config/pipelines"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "Set -Dhub.repo.dir to the repository (no config/pipelines above the working" + " directory)");
    }
}
