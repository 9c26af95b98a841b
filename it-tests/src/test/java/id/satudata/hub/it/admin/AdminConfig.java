package id.satudata.hub.it.admin;

import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A config directory the admin API may write to: the datasets of the repository's config and of the benchmark
 * (copied, since the hub writes pipelines/ beside them), and no pipeline until a test declares one.
 */
final class AdminConfig {

    static final String MISKIN = "penduduk-miskin-jabar";
    static final String BENCH = "bench-load";

    private AdminConfig() {}

    static Path create(Path dataDir) {
        Path config = dataDir.resolve("admin-config");
        copy(TestPaths.repoConfig().resolve("datasets"), config.resolve("datasets"), MISKIN);
        copy(TestPaths.benchConfig().resolve("datasets"), config.resolve("datasets"), BENCH);
        return config;
    }

    /** The repository's file pipeline of the real Jabar file, declared under another id. */
    static String miskinPipeline(String id) {
        try {
            String declared = Files.readString(TestPaths.repoConfig().resolve("pipelines/" + MISKIN + "-csv.yaml"));
            return declared.replace("id: " + MISKIN + "-csv", "id: " + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file pipeline of the benchmark's generated CSV rows, with more source settings as YAML lines. */
    static String benchPipeline(String id, String... sourceLines) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\ndataset: " + BENCH + "\nsource:\n  kind: file\n");
        yaml.append("  format: csv\n  delimiter: \",\"\n");
        for (String line : sourceLines) {
            yaml.append("  ").append(line).append('\n');
        }
        return yaml.append(
                        "schedule:\n  poll-interval: 200ms\nmapping:\n  nama: { source: nama, transforms: [trim] }\n")
                .toString();
    }

    private static void copy(Path from, Path to, String dataset) {
        try {
            Files.createDirectories(to);
            Files.copy(from.resolve(dataset + ".yaml"), to.resolve(dataset + ".yaml"));
            Files.copy(from.resolve(dataset + ".avsc"), to.resolve(dataset + ".avsc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
