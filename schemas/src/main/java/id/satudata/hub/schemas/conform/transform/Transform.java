package id.satudata.hub.schemas.conform.transform;

/**
 * One step of a field mapping. Either it rewrites the text ({@link TextTransform}) or, like {@link Scale}, it
 * acts on the parsed value, which is why the two kinds are told apart.
 */
public sealed interface Transform permits TextTransform, Scale {}
