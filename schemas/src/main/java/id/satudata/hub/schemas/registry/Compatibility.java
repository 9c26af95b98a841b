package id.satudata.hub.schemas.registry;

import java.util.List;

/**
 * The answer to a compatibility check.
 *
 * @param reasons why the schema is not compatible, one message per incompatibility; empty when it is
 */
public record Compatibility(boolean compatible, List<String> reasons) {
    public Compatibility {
        reasons = List.copyOf(reasons);
    }

    public static Compatibility ok() {
        return new Compatibility(true, List.of());
    }
}
