package id.satudata.hub.connectors.sftp;

import id.satudata.hub.connectors.ingest.RetryingPoller;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/**
 * Makes an {@code sftp} pipeline's inbox route fetch from the agency before each look at its inbox, so one route
 * downloads and then ingests, and stopping it stops both. The poller decides whether a fetch is due and reports its
 * failures itself; the inbox is read either way, so what was downloaded is ingested while the server is away.
 */
public final class FetchBeforeEachPoll extends DefaultPollingConsumerPollStrategy {

    private final RetryingPoller fetch;

    public FetchBeforeEachPoll(RetryingPoller fetch) {
        this.fetch = fetch;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        fetch.tick();
        return true;
    }
}
