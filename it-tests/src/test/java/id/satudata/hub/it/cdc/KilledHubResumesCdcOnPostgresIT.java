package id.satudata.hub.it.cdc;

import id.satudata.hub.it.support.SourceDatabase;

/** {@link KilledHubResumesCdcContract} on a PostgreSQL agency database (pgoutput, a slot of its own). */
class KilledHubResumesCdcOnPostgresIT extends KilledHubResumesCdcContract {

    @Override
    SourceDatabase.Kind kind() {
        return SourceDatabase.Kind.POSTGRES;
    }
}
