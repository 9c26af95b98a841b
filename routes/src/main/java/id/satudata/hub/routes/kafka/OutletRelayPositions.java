package id.satudata.hub.routes.kafka;

import id.satudata.hub.catalog.store.OutletPositions;
import id.satudata.hub.connectors.kafka.RelayPositions;

/** The Kafka relay's positions, kept with every other outlet's in the hub's database under the outlet {@code kafka}. */
record OutletRelayPositions(OutletPositions positions) implements RelayPositions {

    static final String OUTLET = "kafka";

    @Override
    public long position(String datasetId) {
        return positions.position(OUTLET, datasetId);
    }

    @Override
    public void save(String datasetId, long seq) {
        positions.save(OUTLET, datasetId, seq);
    }
}
