package id.satudata.hub.schemas.conform.transform;

import id.satudata.hub.schemas.conform.text.Text;

/** {@code trim}: removes surrounding whitespace, including the no-break spaces of exported spreadsheets. */
public final class Trim implements TextTransform {

    public static final Trim INSTANCE = new Trim();

    private Trim() {}

    @Override
    public String apply(String text) {
        return text == null ? null : Text.strip(text);
    }
}
