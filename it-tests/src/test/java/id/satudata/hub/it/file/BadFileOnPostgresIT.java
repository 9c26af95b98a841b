package id.satudata.hub.it.file;

import id.satudata.hub.it.support.HubDatabase;

/** {@link BadFileContract} on PostgreSQL, the production store: a database of its own for this class. */
class BadFileOnPostgresIT extends BadFileContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.freshPostgres();
    }
}
