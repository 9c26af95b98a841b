package id.satudata.hub.it.push;

import id.satudata.hub.it.support.HubDatabase;

/** {@link PushApiContract} on PostgreSQL, the production store, whose batches take the COPY path. */
class PushApiOnPostgresIT extends PushApiContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.freshPostgres();
    }
}
