package id.satudata.hub.schemas.reference;

import java.util.Locale;

/**
 * The two region coding systems in use. They share the shape of the first two levels but not the numbers: BPS
 * {@code 1101} is Simeulue, Kemendagri {@code 11.01} is Aceh Selatan. Codes are kept compact (digits only).
 */
public enum CodeSystem {
    /** The Ministry of Home Affairs codes of the Kepmendagri decrees: {@code PP.KK.CC.DDDD}, written dotted. */
    KEMENDAGRI("kemendagri", new int[] {2, 2, 2, 4}, true),
    /** The Statistics Indonesia (BPS) MFD codes: 2, 4, 7 and 10 digits, written without dots. */
    BPS("bps", new int[] {2, 2, 3, 3}, false);

    private final String id;
    private final int[] widths;
    private final boolean dotted;

    CodeSystem(String id, int[] widths, boolean dotted) {
        this.id = id;
        this.widths = widths;
        this.dotted = dotted;
    }

    public String id() {
        return id;
    }

    /** The number of digits the segment of a level adds (Kemendagri desa: 4). */
    public int width(Level level) {
        return widths[level.ordinal()];
    }

    /** The level of a compact code by its length, or {@code null} for a length no level has. */
    public Level levelOf(String compact) {
        int length = 0;
        for (Level level : Level.values()) {
            length += width(level);
            if (compact.length() == length) {
                return level;
            }
        }
        return null;
    }

    /** The length of the compact code of the level's parent (0 for a province). */
    public int parentLength(Level level) {
        int length = 0;
        for (int i = 0; i < level.ordinal(); i++) {
            length += widths[i];
        }
        return length;
    }

    /** How the system's own publications write a code: dotted for Kemendagri, compact for BPS. */
    public String display(String compact) {
        if (!dotted) {
            return compact;
        }
        StringBuilder out = new StringBuilder(compact.length() + 3);
        int at = 0;
        for (int width : widths) {
            if (at >= compact.length()) {
                break;
            }
            out.append(at == 0 ? "" : ".").append(compact, at, Math.min(compact.length(), at + width));
            at += width;
        }
        return out.toString();
    }

    /** The system a name gives ({@code kemendagri} or {@code bps}, any case), or {@code null}. */
    public static CodeSystem named(String name) {
        for (CodeSystem system : values()) {
            if (system.id.equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT))) {
                return system;
            }
        }
        return null;
    }
}
