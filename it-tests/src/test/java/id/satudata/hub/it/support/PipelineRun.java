package id.satudata.hub.it.support;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One ingestion run as {@code GET /api/v1/pipelines/{id}} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PipelineRun(long id, String sourceRef, String status, Counts counts, String message) {

    public boolean finished() {
        return !"RUNNING".equals(status);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(long read, long stored, long unchanged, long deleted, long quarantined) {

        /** Nothing lost: every record read was stored, found unchanged, deleted or quarantined. */
        public boolean reconcile() {
            return read == stored + unchanged + deleted + quarantined;
        }
    }
}
