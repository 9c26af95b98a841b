package id.satudata.hub.connectors.cdc;

import id.satudata.hub.connectors.ingest.IngestSink;

/** A pipeline fed by a CDC engine: one table of the engine's database, into the pipeline's sink. */
public record CdcPipeline(String pipelineId, CdcSourceSettings settings, IngestSink sink) {

    public String table() {
        return settings.qualifiedTable();
    }
}
