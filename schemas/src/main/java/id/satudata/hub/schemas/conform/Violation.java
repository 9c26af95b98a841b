package id.satudata.hub.schemas.conform;

/**
 * Why one field of one raw record could not be conformed.
 *
 * @param field the target field of the dataset schema
 * @param rawValue the value as read from the source ({@code null} when absent)
 * @param rule the stable name of the rule that failed, such as {@code required}, {@code int}, {@code date}
 * @param message a sentence a data producer can act on
 */
public record Violation(String field, String rawValue, String rule, String message) {}
