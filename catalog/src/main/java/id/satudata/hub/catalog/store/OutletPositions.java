package id.satudata.hub.catalog.store;

/**
 * Where each outlet has got to in each dataset's change log, kept in the hub's database so that an outlet resumes
 * after a stop or a crash (ADR-0001). An outlet saves a sequence only once what it stands for is delivered.
 */
public interface OutletPositions {

    /** The last sequence the outlet saved for the dataset; 0 when it has saved none, so it starts at the first. */
    long position(String outlet, String datasetId);

    /** Remembers that the outlet has delivered the dataset's changes up to and including {@code seq}. */
    void save(String outlet, String datasetId, long seq);
}
