package id.satudata.hub.it.sftp;

import id.satudata.hub.it.support.HubDatabase;

/** {@link SftpIngestionContract} on a hub storing on a PostgreSQL database of its own. */
class SftpIngestionOnPostgresIT extends SftpIngestionContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.freshPostgres();
    }
}
