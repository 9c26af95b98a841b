package id.satudata.hub.catalog.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * Confluent's compatibility levels. BACKWARD: the new schema reads data written with the old one (consumers upgrade
 * first); FORWARD: the old schema reads data written with the new one (producers upgrade first); FULL: both. The
 * plain levels compare with the latest live version only, the transitive ones with every live version.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    /** What a registry without any configured level applies, as Confluent's does. */
    public static final CompatibilityLevel DEFAULT = BACKWARD;

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** The level with this name in any letter case, as Confluent accepts {@code "backward"} too. */
    public static Optional<CompatibilityLevel> forName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The new schema must read what every checked old schema wrote. */
    public boolean backward() {
        return backward;
    }

    /** Every checked old schema must read what the new schema writes. */
    public boolean forward() {
        return forward;
    }

    /** Checked against every live version rather than the latest only. */
    public boolean transitive() {
        return transitive;
    }
}
