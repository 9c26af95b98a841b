package id.satudata.hub.it.sftp;

import id.satudata.hub.it.support.HubDatabase;

/** {@link SftpIngestionContract} on a hub storing on the embedded H2. */
class SftpIngestionOnH2IT extends SftpIngestionContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }
}
