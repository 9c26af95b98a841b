package id.satudata.hub.it.support;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A file pipeline's folders under the hub's data directory: {@code inbox/<pipeline>/} where files are dropped, and
 * {@code done/<pipeline>/} and {@code error/<pipeline>/} where the hub moves them (maybe with a prefix on the name).
 */
public final class FileDrop {

    private static final Duration MOVE_TIMEOUT = Duration.ofSeconds(60);

    private final Path inbox;
    private final Path done;
    private final Path error;

    FileDrop(Path dataDir, String pipelineId) {
        this.inbox = dataDir.resolve("inbox").resolve(pipelineId);
        this.done = dataDir.resolve("done").resolve(pipelineId);
        this.error = dataDir.resolve("error").resolve(pipelineId);
    }

    /** Writes the content under a dot-name, which the hub ignores, then renames it atomically to {@code name}. */
    public void drop(byte[] content, String name) {
        try {
            Files.createDirectories(inbox);
            Path hidden = Files.write(inbox.resolve("." + name), content);
            Files.move(hidden, inbox.resolve(name), ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Waits until the file dropped as {@code name} has left the inbox for {@code done/}, and returns it there. */
    public Path awaitInDone(String name) {
        return awaitMoved(done, name);
    }

    /** Waits until the file dropped as {@code name} has left the inbox for {@code error/}, and returns it there. */
    public Path awaitInError(String name) {
        return awaitMoved(error, name);
    }

    private Path awaitMoved(Path folder, String name) {
        return await("file " + name + " moved from " + inbox + " to " + folder)
                .atMost(MOVE_TIMEOUT)
                .until(
                        () -> Files.exists(inbox.resolve(name)) ? Optional.<Path>empty() : find(folder, name),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<Path> find(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(name))
                    .findFirst();
        }
    }
}
