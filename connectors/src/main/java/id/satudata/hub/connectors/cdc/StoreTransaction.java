package id.satudata.hub.connectors.cdc;

/**
 * Runs work in one transaction of the hub's store, implemented by the hub: the batches of every pipeline an
 * engine feeds commit together with the engine's position, or not at all.
 */
@FunctionalInterface
public interface StoreTransaction {

    void inOne(Runnable work);
}
