package id.satudata.hub.it.file;

import id.satudata.hub.it.support.HubDatabase;

/** {@link FileIngestionContract} on the hub's embedded default: H2 in a file under its data directory. */
class FileIngestionOnH2IT extends FileIngestionContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }
}
