package id.satudata.hub.catalog.pipeline;

import java.util.Map;

/**
 * A pipeline as the running hub knows it.
 *
 * @param state {@code RUNNING}, {@code STOPPED}, {@code DEGRADED}, {@code FAILED} or {@code INVALID}
 * @param message why the pipeline is not running, or {@code null}
 * @param source the declared source settings, without secrets
 */
public record PipelineInfo(
        String id, String datasetId, String sourceKind, String state, String message, Map<String, Object> source) {}
