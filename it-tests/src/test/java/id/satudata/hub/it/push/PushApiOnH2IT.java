package id.satudata.hub.it.push;

import id.satudata.hub.it.support.HubDatabase;

/** {@link PushApiContract} on the hub's embedded default: H2 in a file under its data directory. */
class PushApiOnH2IT extends PushApiContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }
}
