package id.satudata.hub.connectors.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a secret (a source's password or token) is kept: an environment variable, {@code ${env:NAME}}, or a file of
 * its own, {@code ${file:/run/secrets/name}}, as container platforms mount them. Declarations hold only the
 * reference, so a secret is never in a pipeline file, the catalog, the API or a log line; it is read when used, so a
 * rotated secret file takes effect at the next connection. {@link #toString} is the reference, never the secret.
 */
public final class SecretReference {

    /** What a declaration may hold, for messages. */
    public static final String ALLOWED = "a reference to a secret: ${env:NAME} or ${file:/path/to/secret}";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]+)}");

    private final String reference;
    private final String source;
    private final String name;
    private final Function<String, String> environment;

    private SecretReference(String reference, String source, String name, Function<String, String> environment) {
        this.reference = reference;
        this.source = source;
        this.name = name;
        this.environment = environment;
    }

    /** @throws IllegalArgumentException when the text is not a reference, such as a password written out */
    public static SecretReference parse(String text) {
        return parse(text, System::getenv);
    }

    /** A reference read against the given environment instead of the process's, for tests. */
    public static SecretReference parse(String text, Map<String, String> environment) {
        return parse(text, environment::get);
    }

    private static SecretReference parse(String text, Function<String, String> environment) {
        Matcher matcher = REFERENCE.matcher(text.trim());
        if (!matcher.matches()) {
            // the declared text may be the secret itself: it is not repeated in the message
            throw new IllegalArgumentException("must be " + ALLOWED + ", never the secret itself");
        }
        return new SecretReference(
                text.trim(), matcher.group(1), matcher.group(2).trim(), environment);
    }

    /**
     * The secret: the variable's value, or the file's content without its trailing line break.
     *
     * @throws IllegalStateException when the variable is not set or the file cannot be read
     */
    public String resolve() {
        if (source.equals("env")) {
            String value = environment.apply(name);
            if (value == null) {
                throw new IllegalStateException(
                        "the environment variable " + name + " of " + reference + " is not set");
            }
            return value;
        }
        try {
            return Files.readString(Path.of(name), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new IllegalStateException("the secret file of " + reference + " cannot be read: " + e, e);
        }
    }

    @Override
    public String toString() {
        return reference;
    }
}
