package id.satudata.hub.schemas.conform.coerce;

/** Turns one raw value into the value of an Avro type. Implementations are immutable and thread-safe. */
public interface Coercer {

    /**
     * @param value a non-blank {@code String}, or a typed value from a JSON or database source
     * @return the Avro value ({@code String}, boxed number, {@code LocalDate}, {@code Instant},
     *     {@code BigDecimal}, ...) or a {@link Failure}
     */
    Object coerce(Object value);
}
