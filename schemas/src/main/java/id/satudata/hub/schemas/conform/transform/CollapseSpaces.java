package id.satudata.hub.schemas.conform.transform;

import id.satudata.hub.schemas.conform.text.Text;

/** {@code collapse-spaces}: every run of whitespace (NBSP included) becomes one space, and the ends are trimmed. */
public final class CollapseSpaces implements TextTransform {

    public static final CollapseSpaces INSTANCE = new CollapseSpaces();

    private CollapseSpaces() {}

    @Override
    public String apply(String text) {
        if (text == null || isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Text.isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Most values need nothing; checking first keeps them allocation-free. */
    private static boolean isCollapsed(String text) {
        boolean previousSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Text.isSpace(c);
            if (space && (previousSpace || c != ' ')) {
                return false;
            }
            previousSpace = space;
        }
        return !previousSpace || text.isEmpty();
    }
}
