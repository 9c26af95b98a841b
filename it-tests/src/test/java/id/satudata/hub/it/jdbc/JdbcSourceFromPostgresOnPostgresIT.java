package id.satudata.hub.it.jdbc;

import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.SourceDatabase;
import java.util.List;

/** {@link JdbcSourceContract} from a PostgreSQL source into a hub on PostgreSQL, whose change log the test reads. */
class JdbcSourceFromPostgresOnPostgresIT extends JdbcSourceContract {

    private HubDatabase store;

    @Override
    SourceDatabase openSource() {
        return SourceDatabase.postgres();
    }

    @Override
    protected HubDatabase database() {
        store = HubDatabase.freshPostgres();
        return store;
    }

    @Override
    List<String> changeOps(String datasetId) {
        return store.query("select op from change_log where dataset_id = '" + datasetId + "' order by seq");
    }
}
