package id.satudata.hub.catalog.api.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * One ingestion run of a pipeline; its counts reconcile: {@code read = stored + unchanged + deleted + quarantined}.
 *
 * @param status a {@link id.satudata.hub.catalog.store.RunStatus} name
 * @param message why the run failed, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunEntry(
        long id,
        String dataset,
        String sourceRef,
        String status,
        Instant startedAt,
        Instant finishedAt,
        Counts counts,
        String message) {

    public record Counts(long read, long stored, long unchanged, long deleted, long quarantined) {}
}
