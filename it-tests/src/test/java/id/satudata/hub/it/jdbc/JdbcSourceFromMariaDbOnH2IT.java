package id.satudata.hub.it.jdbc;

import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.SourceDatabase;

/** {@link JdbcSourceContract} from a MariaDB source into the hub's embedded H2. */
class JdbcSourceFromMariaDbOnH2IT extends JdbcSourceContract {

    @Override
    SourceDatabase openSource() {
        return SourceDatabase.mariadb();
    }

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }
}
