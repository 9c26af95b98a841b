package id.satudata.hub.schemas.conform;

import org.apache.avro.generic.GenericData;

/**
 * A compiled record-level check: one job, such as "the kabupaten code lies under the province code". It reads the
 * fields of the record being conformed and may fill the one field it declared ({@link CheckSpec#INTO}) or rewrite
 * the field it checks into a canonical form; it touches nothing else. Implementations are immutable and
 * thread-safe: one instance serves every record of a pipeline, on any thread.
 */
public interface RecordStep {

    /**
     * Checks (and possibly fills) the record under construction.
     *
     * @return why the record does not conform, or {@code null} when it does. A field the step reads that is
     *     {@code null} (absent, or already rejected by its own field rule) is not checked again.
     */
    Violation apply(GenericData.Record record);
}
