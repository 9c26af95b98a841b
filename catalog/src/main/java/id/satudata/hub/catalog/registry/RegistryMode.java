package id.satudata.hub.catalog.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * Confluent's registry modes. READWRITE registers with compatibility checks; READONLY refuses every write (42205);
 * IMPORT registers schemas with the ids and versions they had in another registry, without compatibility checks,
 * and may only be entered while the subjects it covers are empty (or with {@code force}).
 */
public enum RegistryMode {
    READWRITE,
    READONLY,
    IMPORT;

    /** What a registry without any configured mode applies. */
    public static final RegistryMode DEFAULT = READWRITE;

    /** The mode with this name in any letter case. */
    public static Optional<RegistryMode> forName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
