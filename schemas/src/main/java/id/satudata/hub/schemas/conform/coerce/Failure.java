package id.satudata.hub.schemas.conform.coerce;

/**
 * Why a value could not be coerced.
 *
 * @param rule the stable rule name, e.g. {@code int}, {@code date}
 * @param problem the end of a sentence that starts with the field and value, e.g. {@code is not an integer
 *     (expected digits, optionally with '.0')}
 */
public record Failure(String rule, String problem) {}
