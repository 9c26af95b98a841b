package id.satudata.hub.schemas.conform.transform;

import id.satudata.hub.schemas.conform.text.Text;

/** {@code default}: the value to use when the source field is missing, empty or blank at this point. */
public final class DefaultValue implements TextTransform {

    private final String value;

    public DefaultValue(String value) {
        this.value = value;
    }

    @Override
    public String apply(String text) {
        return text == null || Text.isBlank(text) ? value : text;
    }
}
