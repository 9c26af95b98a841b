package id.satudata.hub.schemas.conform.transform;

import java.math.BigDecimal;

/**
 * {@code scale}: multiplies the parsed number by a factor, exactly ({@code 451.3} thousand people x 1000 =
 * 451300). It acts after parsing wherever it is declared, and only on numeric fields.
 */
public record Scale(BigDecimal factor) implements Transform {}
