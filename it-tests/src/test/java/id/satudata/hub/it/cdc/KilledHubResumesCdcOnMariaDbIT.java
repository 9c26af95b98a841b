package id.satudata.hub.it.cdc;

import id.satudata.hub.it.support.CdcSourceDatabase;

/** {@link KilledHubResumesCdcContract} on a MariaDB agency database (ROW binlog, schema history in the hub). */
class KilledHubResumesCdcOnMariaDbIT extends KilledHubResumesCdcContract {

    @Override
    CdcSourceDatabase.Kind kind() {
        return CdcSourceDatabase.Kind.MARIADB;
    }
}
