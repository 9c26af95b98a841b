package id.satudata.hub.routes.push;

import id.satudata.hub.connectors.push.PushSourceSettings;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.routes.ingest.StoreIngestSink;
import java.util.List;

/**
 * A started push pipeline: where the records pushed to its dataset go.
 *
 * @param sourceFields the source fields its mapping reads, which the header of a CSV body must have
 */
record PushTarget(
        PipelineDefinition pipeline, StoreIngestSink sink, PushSourceSettings settings, List<String> sourceFields) {

    String datasetId() {
        return pipeline.datasetId();
    }
}
