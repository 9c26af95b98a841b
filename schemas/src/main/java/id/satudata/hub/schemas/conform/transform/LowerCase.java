package id.satudata.hub.schemas.conform.transform;

import java.util.Locale;

/** {@code lower}: lower case, locale-neutral so that results do not depend on the server's locale. */
public final class LowerCase implements TextTransform {

    public static final LowerCase INSTANCE = new LowerCase();

    private LowerCase() {}

    @Override
    public String apply(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
