package id.satudata.hub.connectors.cdc;

import id.satudata.hub.connectors.cdc.CdcStatus.State;
import io.debezium.engine.DebeziumEngine;

/** Turns Debezium's connector life cycle into the engine's state: RUNNING once it polls for changes. */
final class EngineCallbacks implements DebeziumEngine.ConnectorCallback {

    private final CdcStatus status;

    EngineCallbacks(CdcStatus status) {
        this.status = status;
    }

    @Override
    public void pollingStarted() {
        status.engineState(State.RUNNING, null);
    }
}
