package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.connectors.sftp.RemoteListing;
import java.util.function.Consumer;

/**
 * An {@code sftp} pipeline's state, with the remote location and what its last listing found as the detail
 * {@code remote}; kept through every change of state, which would otherwise start the pipeline's details afresh.
 */
final class SftpPipelineStatus implements SourceHealth, Consumer<RemoteListing> {

    private final String pipelineId;
    private final SourceHealth health;
    private final PipelineStates states;
    private volatile RemoteListing listing;

    SftpPipelineStatus(String pipelineId, SourceHealth health, PipelineStates states, RemoteListing first) {
        this.pipelineId = pipelineId;
        this.health = health;
        this.states = states;
        this.listing = first;
        show();
    }

    @Override
    public void accept(RemoteListing latest) {
        listing = latest;
        show();
    }

    @Override
    public void healthy() {
        health.healthy();
        show();
    }

    @Override
    public void degraded(String message) {
        health.degraded(message);
        show();
    }

    @Override
    public void failed(String message) {
        health.failed(message);
        show();
    }

    private void show() {
        states.pipeline(pipelineId).ifPresent(pipeline -> states.put(pipeline.withDetail("remote", listing.detail())));
    }
}
