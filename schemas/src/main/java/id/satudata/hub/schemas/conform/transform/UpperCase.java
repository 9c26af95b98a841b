package id.satudata.hub.schemas.conform.transform;

import java.util.Locale;

/** {@code upper}: upper case, locale-neutral so that results do not depend on the server's locale. */
public final class UpperCase implements TextTransform {

    public static final UpperCase INSTANCE = new UpperCase();

    private UpperCase() {}

    @Override
    public String apply(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
