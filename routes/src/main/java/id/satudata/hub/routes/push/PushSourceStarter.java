package id.satudata.hub.routes.push;

import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.connectors.push.PushSourceSettings;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.routes.ingest.StoreIngestSink;
import id.satudata.hub.routes.pipeline.SourceStarter;
import id.satudata.hub.schemas.conform.MappingCompiler;
import org.springframework.stereotype.Component;

/**
 * Push pipelines have no route to start: agencies call the push API, which applies each request synchronously
 * through the pipeline's sink. Starting one makes its dataset take pushed records; removing it stops that.
 */
@Component
public class PushSourceStarter implements SourceStarter {

    private final PushTargets targets;

    public PushSourceStarter(PushTargets targets) {
        this.targets = targets;
    }

    @Override
    public String kind() {
        return "push";
    }

    @Override
    public void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth status) {
        if (!(sink instanceof StoreIngestSink store)) {
            // a push applies records and its idempotency record in one store transaction, which only this sink offers
            throw new IllegalStateException("a push pipeline needs the store's own sink, got " + sink.getClass());
        }
        targets.add(new PushTarget(
                pipeline,
                store,
                pipeline.typedSource(PushSourceSettings.class),
                MappingCompiler.sourceFields(
                        pipeline.mapping(), pipeline.dataset().schema())));
    }

    @Override
    public void remove(String pipelineId) {
        targets.remove(pipelineId);
    }
}
