package id.satudata.hub.it.admin;

import id.satudata.hub.it.support.HubDatabase;

/** {@link PipelineAdminContract} on a hub storing on the embedded H2. */
class PipelineAdminOnH2IT extends PipelineAdminContract {

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }
}
