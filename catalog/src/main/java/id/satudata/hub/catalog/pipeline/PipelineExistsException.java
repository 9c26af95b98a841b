package id.satudata.hub.catalog.pipeline;

/** A new pipeline whose id another pipeline of the hub already has. */
public class PipelineExistsException extends IllegalStateException {

    public PipelineExistsException(String message) {
        super(message);
    }
}
