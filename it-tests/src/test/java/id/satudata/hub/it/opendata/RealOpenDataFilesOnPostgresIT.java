package id.satudata.hub.it.opendata;

import id.satudata.hub.it.support.HubDatabase;

/** {@link RealOpenDataFilesContract} on PostgreSQL, the production store: a database of its own for this class. */
class RealOpenDataFilesOnPostgresIT extends RealOpenDataFilesContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.freshPostgres();
    }
}
