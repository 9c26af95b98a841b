package id.satudata.hub.it.cdc;

import id.satudata.hub.it.support.SourceDatabase;

/** {@link KilledHubResumesCdcContract} on a MariaDB agency database (ROW binlog, schema history in the hub). */
class KilledHubResumesCdcOnMariaDbIT extends KilledHubResumesCdcContract {

    @Override
    SourceDatabase.Kind kind() {
        return SourceDatabase.Kind.MARIADB;
    }
}
