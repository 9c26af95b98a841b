package id.satudata.hub.it.file;

import id.satudata.hub.it.support.HubDatabase;

/** {@link BadFileContract} on the hub's embedded default: H2 in a file under its data directory. */
class BadFileOnH2IT extends BadFileContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }
}
