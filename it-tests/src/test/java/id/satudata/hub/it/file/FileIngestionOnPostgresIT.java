package id.satudata.hub.it.file;

import id.satudata.hub.it.support.HubDatabase;

/** {@link FileIngestionContract} on PostgreSQL, the production store: a database of its own for this class. */
class FileIngestionOnPostgresIT extends FileIngestionContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.freshPostgres();
    }
}
