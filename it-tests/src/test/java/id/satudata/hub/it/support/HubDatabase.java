package id.satudata.hub.it.support;

import java.util.List;

/** The database a hub under test runs on: the embedded default, or a PostgreSQL database of its own. */
public interface HubDatabase extends AutoCloseable {

    /** The hub's command-line arguments that select this database. */
    List<String> hubArguments();

    /** Removes what the database left behind; call after the hub has stopped. */
    @Override
    void close();

    /** No datasource settings: the hub's embedded H2 file under its data directory. */
    static HubDatabase embeddedH2() {
        return new HubDatabase() {
            @Override
            public List<String> hubArguments() {
                return List.of();
            }

            @Override
            public void close() {
                // the H2 file lives in the data directory, which the test's temporary directory removes
            }
        };
    }

    /** A new, empty database {@code hub_it_<random>} on the test PostgreSQL server, dropped on close. */
    static HubDatabase freshPostgres() {
        return PostgresDatabase.create();
    }
}
