package id.satudata.hub.catalog.store;

import java.util.List;
import java.util.Map;

/**
 * The change logs of the datasets as outlets read them (ADR-0001): by sequence, from where each outlet got to. A
 * sequence is only ever read once its batch has committed, so reading after {@code n} never skips a late commit.
 */
public interface ChangeLog {

    /** Up to {@code limit} entries of the dataset with a sequence above {@code afterSeq}, in sequence order. */
    List<ChangeEntry> after(String datasetId, long afterSeq, int limit);

    /** The last sequence of every registered dataset (0 for one without changes): what outlets must catch up to. */
    Map<String, Long> lastSequences();
}
