package id.satudata.hub.connectors.kafka;

import java.util.List;
import java.util.Map;

/** The change logs the relay reads, by sequence; called from the relay's thread only. */
public interface RelayedChanges {

    /** The last sequence of every dataset to relay: what the relay catches up to. */
    Map<String, Long> lastSequences();

    /** Up to {@code limit} changes of the dataset after {@code afterSeq}, in sequence order, ready to send. */
    List<OutboundChange> after(String datasetId, long afterSeq, int limit);

    /** The dataset's topic. */
    String topic(String datasetId);
}
