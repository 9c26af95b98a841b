package id.satudata.hub.catalog.pipeline;

import java.util.Map;

/**
 * A pipeline as the running hub knows it.
 *
 * @param state {@code RUNNING}, {@code PAUSED}, {@code STOPPED}, {@code DEGRADED}, {@code FAILED} or
 *     {@code INVALID}
 * @param message why the pipeline is not running, or {@code null}
 * @param source the declared source settings, without secrets
 * @param details what the source reports while it runs, such as a load's {@code progress}, a CDC snapshot's
 *     progress or a change of the source table's columns; empty when it reports nothing
 */
public record PipelineInfo(
        String id,
        String datasetId,
        String sourceKind,
        String state,
        String message,
        Map<String, Object> source,
        Map<String, Object> details) {

    public PipelineInfo {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public PipelineInfo(
            String id, String datasetId, String sourceKind, String state, String message, Map<String, Object> source) {
        this(id, datasetId, sourceKind, state, message, source, Map.of());
    }

    /** The same pipeline in another state. */
    public PipelineInfo withState(String newState, String newMessage) {
        return new PipelineInfo(id, datasetId, sourceKind, newState, newMessage, source, details);
    }

    /** The same pipeline with one more detail, or a detail replaced. */
    public PipelineInfo withDetail(String name, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(details);
        more.put(name, value);
        return new PipelineInfo(id, datasetId, sourceKind, state, message, source, more);
    }
}
