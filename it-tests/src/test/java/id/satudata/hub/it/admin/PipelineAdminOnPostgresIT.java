package id.satudata.hub.it.admin;

import id.satudata.hub.it.support.HubDatabase;

/** {@link PipelineAdminContract} on a hub storing on a PostgreSQL database of its own. */
class PipelineAdminOnPostgresIT extends PipelineAdminContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.freshPostgres();
    }
}
