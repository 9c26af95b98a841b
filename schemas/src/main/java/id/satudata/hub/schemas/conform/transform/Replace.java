package id.satudata.hub.schemas.conform.transform;

/** {@code replace}: replaces every occurrence of literal text (not a regular expression) with other text. */
public final class Replace implements TextTransform {

    private final String from;
    private final String to;

    public Replace(String from, String to) {
        if (from == null || from.isEmpty()) {
            throw new IllegalArgumentException("replace needs non-empty 'from' text");
        }
        this.from = from;
        this.to = to == null ? "" : to;
    }

    @Override
    public String apply(String text) {
        return text == null ? null : text.replace(from, to);
    }
}
