package id.satudata.hub.schemas.conform.transform;

/** Rewrites a raw value as text. Implementations are pure and thread-safe. */
public non-sealed interface TextTransform extends Transform {

    /**
     * @param text the value so far, {@code null} when the source field is missing or empty
     * @return the rewritten value; {@code null} stays {@code null} except for {@link DefaultValue}
     */
    String apply(String text);
}
