package id.satudata.hub.connectors.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a secret is kept, as a pipeline declares it: {@code ${env:NAME}} (an environment variable of the hub) or
 * {@code ${file:PATH}} (a file; a relative path is read from the hub's secrets directory). A pipeline file holds
 * only the reference, so neither the file, the catalog nor a pipeline's status shows the secret; {@link Secrets}
 * reads it when it is used.
 *
 * @param source {@code env} or {@code file}
 * @param name the variable's name or the file's path
 */
public record SecretRef(String source, String name) {

    public static final String ALLOWED = "a secret reference such as ${env:NAME} or ${file:PATH}";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}\\s][^}]*)}");

    /** A setting whose value must be a secret reference; a secret written out is refused without being echoed. */
    public static Setting<SecretRef> setting(String name) {
        return Setting.of(name, new SettingType<>() {
            @Override
            public String describe() {
                return ALLOWED;
            }

            @Override
            public SecretRef convert(Object raw) {
                return parse(String.valueOf(raw));
            }
        });
    }

    /**
     * The reference a text denotes.
     *
     * @throws IllegalArgumentException when the text is not a reference; the message does not repeat the text,
     *     which may be the secret itself
     */
    public static SecretRef parse(String text) {
        Matcher matcher = REFERENCE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "must be " + ALLOWED + ", not the secret itself (a pipeline's settings are shown in its status)");
        }
        return new SecretRef(
                matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2).trim());
    }

    @Override
    public String toString() {
        return "${" + source + ":" + name + "}";
    }
}
