package id.satudata.hub.schemas.conform;

import java.util.Map;

/**
 * One record-level check as declared in a pipeline's {@code checks}, e.g. {@code wilayah-code} with
 * {@code {field: kode_kabupaten_kota, level: kabupaten}}. Checks run on the conformed record, in order, after every
 * field is filled, so they can compare fields with each other. A check that fills a field names it in the argument
 * {@value #INTO}; that field then has no mapping of its own.
 */
public record CheckSpec(String name, Map<String, String> args) {

    /** The argument naming the field a check fills, the same for every kind of check. */
    public static final String INTO = "into";

    public CheckSpec {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    /** The field this check fills, or {@code null} when it only checks. */
    public String into() {
        return args.get(INTO);
    }
}
