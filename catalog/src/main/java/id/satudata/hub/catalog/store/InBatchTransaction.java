package id.satudata.hub.catalog.store;

import org.jooq.DSLContext;

/**
 * More writes that must commit or roll back together with a batch, such as the recorded answer to an idempotent
 * push: run inside the batch's transaction once its outcome is known. Throwing rolls the whole batch back.
 */
@FunctionalInterface
public interface InBatchTransaction {

    InBatchTransaction NONE = (tx, outcome) -> {};

    /**
     * Lets the batch's commit return before PostgreSQL has flushed it to disk ({@code synchronous_commit = off} for
     * this transaction only), for a batch of a run that ends with a commit of its own in the store, such as a file's:
     * that commit waits for the disk and so makes every batch before it durable, before the file is moved away. A
     * database crash in between loses the last batches together with their source position, so the run reads them
     * again; nothing is lost or applied twice. Saves a disk flush per batch of a load; H2 ignores it.
     */
    InBatchTransaction DEFER_DURABILITY_TO_RUN_END = (tx, outcome) -> {
        if (tx.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            tx.execute("set local synchronous_commit = off");
        }
    };

    void run(DSLContext tx, BatchOutcome outcome);
}
