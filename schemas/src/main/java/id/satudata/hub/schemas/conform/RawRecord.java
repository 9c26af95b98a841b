package id.satudata.hub.schemas.conform;

import java.util.Map;

/**
 * One record as a source read it: field name to raw value (a {@code String} from files, any JSON scalar from
 * APIs). Implementations must not copy on {@link #get}: conform calls it once per mapped field on the hot path.
 */
public interface RawRecord {

    /** The raw value of a source field, or {@code null} when the field is absent or empty. */
    Object get(String field);

    /** Every field of the record in source order, for quarantine and error messages. */
    Map<String, Object> asMap();
}
