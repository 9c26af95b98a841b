package id.satudata.hub.it.jdbc;

import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.SourceDatabase;

/** {@link JdbcSourceContract} from a PostgreSQL source into the hub's embedded H2. */
class JdbcSourceFromPostgresOnH2IT extends JdbcSourceContract {

    @Override
    SourceDatabase openSource() {
        return SourceDatabase.postgres();
    }

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }
}
