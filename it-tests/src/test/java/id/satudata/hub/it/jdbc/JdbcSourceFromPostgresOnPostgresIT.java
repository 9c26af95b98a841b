package id.satudata.hub.it.jdbc;

import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.SourceDatabase;

/** {@link JdbcSourceContract} from a PostgreSQL source into a hub on PostgreSQL. */
class JdbcSourceFromPostgresOnPostgresIT extends JdbcSourceContract {

    @Override
    SourceDatabase openSource() {
        return SourceDatabase.postgres();
    }

    @Override
    protected HubDatabase database() {
        return HubDatabase.freshPostgres();
    }
}
