package id.satudata.hub.schemas.reference;

import java.util.Locale;

/** How a checked region code is written back into the record. */
public enum CodeFormat {
    /** As the code system writes it: dotted for Kemendagri ({@code 32.01}), digits for BPS. */
    DOTTED,
    /** Digits only ({@code 3201}), whatever the system. */
    COMPACT;

    public String write(Region region) {
        return this == COMPACT ? region.code() : region.display();
    }

    /** {@code dotted} or {@code compact}, any case; {@code null} otherwise. */
    public static CodeFormat named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "dotted" -> DOTTED;
            case "compact" -> COMPACT;
            default -> null;
        };
    }
}
