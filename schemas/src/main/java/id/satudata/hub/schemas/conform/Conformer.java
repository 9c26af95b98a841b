package id.satudata.hub.schemas.conform;

/**
 * A mapping compiled against one Avro schema: turns raw records into canonical records or rejections.
 * Implementations are immutable, pure and thread-safe; {@link #conform} is the hub's hot path.
 */
public interface Conformer {

    /** Conforms one raw record, collecting every failing field rather than stopping at the first. */
    ConformResult conform(RawRecord raw);
}
