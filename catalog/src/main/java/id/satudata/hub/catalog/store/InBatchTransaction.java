package id.satudata.hub.catalog.store;

import org.jooq.DSLContext;

/**
 * More writes that must commit or roll back together with a batch, such as the recorded answer to an idempotent
 * push: run inside the batch's transaction once its outcome is known. Throwing rolls the whole batch back.
 */
@FunctionalInterface
public interface InBatchTransaction {

    InBatchTransaction NONE = (tx, outcome) -> {};

    void run(DSLContext tx, BatchOutcome outcome);
}
