package id.satudata.hub.connectors.kafka;

/**
 * Where the relay has got to in each dataset's change log, kept where it survives the relay: it saves a sequence
 * only once the broker has acknowledged every change up to it. Called from the relay's thread only.
 */
public interface RelayPositions {

    /** The last saved sequence; 0 for a dataset never relayed. */
    long position(String datasetId);

    void save(String datasetId, long seq);
}
