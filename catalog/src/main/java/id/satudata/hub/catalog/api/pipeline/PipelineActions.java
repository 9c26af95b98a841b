package id.satudata.hub.catalog.api.pipeline;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.pipeline.InvalidPipelineException;
import id.satudata.hub.catalog.pipeline.PipelineControl;
import id.satudata.hub.catalog.pipeline.PipelineExistsException;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/** Runs an action on the hub's pipelines and turns what the control throws into the API's problems. */
final class PipelineActions {

    private final ObjectProvider<PipelineControl> control;

    PipelineActions(ObjectProvider<PipelineControl> control) {
        this.control = control;
    }

    /** @param id the pipeline acted on, named in the problem */
    void run(String id, Consumer<PipelineControl> action) {
        act(id, pipelines -> {
            action.accept(pipelines);
            return id;
        });
    }

    /** @param id the pipeline acted on, named in the problem; empty for a pipeline still to be declared */
    <T> T act(String id, Function<PipelineControl, T> action) {
        PipelineControl pipelines = control.getIfAvailable();
        try {
            if (pipelines == null) {
                throw new NoSuchElementException(id);
            }
            return action.apply(pipelines);
        } catch (NoSuchElementException e) {
            throw new ApiException(ApiErrorCode.PIPELINE_NOT_FOUND, "No pipeline with id '" + id + "'")
                    .with("pipeline", id);
        } catch (PipelineExistsException e) {
            throw new ApiException(ApiErrorCode.PIPELINE_EXISTS, e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiException(ApiErrorCode.PIPELINE_CONFLICT, e.getMessage()).with("pipeline", id);
        } catch (InvalidPipelineException e) {
            throw new ApiException(ApiErrorCode.INVALID_PIPELINE, e.getMessage()).with("problems", e.problems());
        }
    }
}
