package id.satudata.hub.connectors.kafka;

/**
 * One change log entry as the relay sends it: key and value already in Confluent's wire format.
 *
 * @param seq the entry's sequence in its dataset's change log
 * @param value {@code null} for a delete, which Kafka keeps as a tombstone until compaction removes the key
 */
public record OutboundChange(long seq, byte[] key, byte[] value) {}
