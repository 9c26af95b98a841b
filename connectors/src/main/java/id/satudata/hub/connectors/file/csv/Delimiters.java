package id.satudata.hub.connectors.file.csv;

import java.util.Optional;

/** The declared {@code delimiter}: one character, {@code tab}, or {@code auto} to detect it in each file. */
public final class Delimiters {

    public static final String AUTO = "auto";

    private Delimiters() {}

    /** The declared delimiter, or {@code null} for {@code auto}; call only with a value {@link #check} accepts. */
    public static Character parse(String declared) {
        if (declared.equalsIgnoreCase(AUTO)) {
            return null;
        }
        return declared.equalsIgnoreCase("tab") || declared.equals("\\t") ? '\t' : declared.charAt(0);
    }

    /** What is wrong with a declared delimiter, if anything. */
    public static Optional<String> check(String declared) {
        boolean named = declared.equalsIgnoreCase(AUTO) || declared.equalsIgnoreCase("tab") || declared.equals("\\t");
        if (!named && declared.length() != 1) {
            return Optional.of("must be one character such as , ; | or tab, or auto, was '" + declared + "'");
        }
        return declared.equals("\n") || declared.equals("\r")
                ? Optional.of("must not be a line break")
                : Optional.empty();
    }
}
