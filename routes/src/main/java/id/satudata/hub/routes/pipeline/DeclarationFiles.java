package id.satudata.hub.routes.pipeline;

import id.satudata.hub.routes.HubProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The pipeline declaration files the admin API writes and removes, in the config directory the hub reads at start
 * (ADR-0003): what the API declared starts again after a restart, as a hand-written file would. A removed
 * declaration moves to {@code <data-dir>/removed-pipelines/}, stamped with the time, so it can be read or restored.
 */
@Component
class DeclarationFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final HubProperties properties;

    DeclarationFiles(HubProperties properties) {
        this.properties = properties;
    }

    Path configDir() {
        return properties.configDir();
    }

    /** Where a new pipeline's declaration is written. */
    Path newFile(String pipelineId) {
        return properties.configDir().resolve("pipelines").resolve(pipelineId + ".yaml");
    }

    /**
     * Writes the declaration whole or not at all: to a hidden temporary file beside it (the hub skips dot-files),
     * then moved over the target, so that a crash never leaves half a declaration for the next start.
     */
    void write(Path file, String yaml) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".", ".yaml.tmp");
            try {
                Files.writeString(temporary, yaml, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the declaration " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Moves a declaration out of the config directory; returns where it went. */
    Path moveAway(Path declaration) {
        try {
            Path removed = properties.dataDir().resolve("removed-pipelines");
            Files.createDirectories(removed);
            Path target = removed.resolve(LocalDateTime.now().format(STAMP) + "-" + declaration.getFileName());
            return Files.move(declaration, target);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the pipeline was stopped, but its declaration " + declaration
                            + " could not be moved away: remove it by hand before the hub starts again",
                    e);
        }
    }
}
