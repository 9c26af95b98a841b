package id.satudata.hub.connectors.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads the secrets that {@link SecretRef}s name, each time one is used, so that a rotated secret file takes effect
 * without a restart. Failures name the reference, never a value. Thread-safe.
 */
public final class Secrets {

    private final Function<String, String> environment;
    private final Path directory;

    /**
     * @param environment the value of an environment variable, or {@code null} when it is not set
     * @param directory where relative {@code ${file:...}} references are read
     */
    public Secrets(Function<String, String> environment, Path directory) {
        this.environment = environment;
        this.directory = directory;
    }

    /** The hub's own environment, and files under {@code directory}. */
    public static Secrets of(Path directory) {
        return new Secrets(System::getenv, directory);
    }

    /**
     * The secret's value; a file's trailing line break is not part of it.
     *
     * @throws IllegalStateException when the variable is not set or the file cannot be read
     */
    public String reveal(SecretRef secret) {
        if (secret.source().equals("env")) {
            String value = environment.apply(secret.name());
            if (value == null || value.isEmpty()) {
                throw new IllegalStateException("secret " + secret + " is not set in the hub's environment");
            }
            return value;
        }
        Path file = directory.resolve(secret.name());
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
            if (value.isEmpty()) {
                throw new IllegalStateException("secret " + secret + " is empty (" + file + ")");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("secret " + secret + " cannot be read from " + file + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
