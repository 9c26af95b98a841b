package id.satudata.hub.it.sftp;

import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A config directory of sftp pipelines that fill datasets of the repository's {@code penduduk-miskin-jabar} shape,
 * mapped as its file pipeline maps the Open Data Jabar file, with passwords in secret files as a deployment keeps
 * them.
 */
final class SftpConfig {

    private static final Path REPO_CONFIG = TestPaths.repoConfig();

    private final Path dir;

    SftpConfig(Path dir) {
        this.dir = dir;
        copy("datasets/penduduk-miskin-jabar.avsc");
    }

    Path dir() {
        return dir;
    }

    /**
     * A dataset {@code id} and its pipeline {@code id} fetching the CSV files of {@code /outgoing} from the server on
     * {@code port} with the host key {@code fingerprint}, logging in with {@code password}, polled every 300 ms.
     */
    SftpConfig pipeline(String id, int port, String fingerprint, String password) {
        return pipeline(id, port, fingerprint, password, "/outgoing", "300ms");
    }

    /** As {@link #pipeline(String, int, String, String)}, from another directory, polled as {@code pollInterval}. */
    SftpConfig pipeline(
            String id, int port, String fingerprint, String password, String directory, String pollInterval) {
        String dataset = read("datasets/penduduk-miskin-jabar.yaml").replace("id: penduduk-miskin-jabar", "id: " + id);
        write("datasets/" + id + ".yaml", dataset);
        Path secret = dir.resolve("secrets/" + id + "-password");
        write("secrets/" + id + "-password", password + "\n");
        String repoPipeline = read("pipelines/penduduk-miskin-jabar-csv.yaml");
        String mapping = repoPipeline.substring(repoPipeline.indexOf("\nmapping:") + 1);
        write(
                "pipelines/" + id + ".yaml",
                """
                id: %s
                dataset: %s
                source:
                  kind: sftp
                  host: localhost
                  port: %d
                  username: opd
                  password: ${file:%s}
                  host-key-fingerprint: "%s"
                  directory: %s
                  include: "*.csv"
                  format: csv
                schedule:
                  poll-interval: %s
                """
                                .formatted(id, id, port, secret.toAbsolutePath(), fingerprint, directory, pollInterval)
                        + mapping);
        return this;
    }

    private void copy(String file) {
        write(file, read(file));
    }

    private static String read(String file) {
        try {
            return Files.readString(REPO_CONFIG.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String content) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
