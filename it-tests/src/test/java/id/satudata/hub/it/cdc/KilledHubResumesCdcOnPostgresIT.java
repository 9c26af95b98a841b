package id.satudata.hub.it.cdc;

import id.satudata.hub.it.support.CdcSourceDatabase;

/** {@link KilledHubResumesCdcContract} on a PostgreSQL agency database (pgoutput, a slot of its own). */
class KilledHubResumesCdcOnPostgresIT extends KilledHubResumesCdcContract {

    @Override
    CdcSourceDatabase.Kind kind() {
        return CdcSourceDatabase.Kind.POSTGRES;
    }
}
