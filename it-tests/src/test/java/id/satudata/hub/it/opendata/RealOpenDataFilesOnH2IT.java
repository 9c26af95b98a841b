package id.satudata.hub.it.opendata;

import id.satudata.hub.it.support.HubDatabase;

/** {@link RealOpenDataFilesContract} on the hub's embedded default: H2 in a file under its data directory. */
class RealOpenDataFilesOnH2IT extends RealOpenDataFilesContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }
}
