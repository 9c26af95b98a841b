package id.satudata.hub.it.file;

import id.satudata.hub.it.support.HubDatabase;
import org.junit.jupiter.api.AfterEach;

class KilledHubResumesFileOnPostgresIT extends KilledHubResumesFileContract {

    private HubDatabase database;

    @Override
    HubDatabase database() {
        if (database == null) {
            database = HubDatabase.freshPostgres();
        }
        return database;
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    boolean commitsSurviveAKill() {
        return true;
    }
}
