package id.satudata.hub.catalog.api;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The ledger of the fixture's pipelines: {@code miskin-file} ran three times (succeeded with 3 quarantined rows,
 * a duplicate file, a failure), {@code miskin-api} once; only {@code miskin-file} has a committed position.
 */
final class PipelineLedgerRows {

    static final long FIRST_RUN = 1;
    static final long DUPLICATE_RUN = 2;
    static final long FAILED_RUN = 3;
    static final long API_RUN = 4;
    static final String POSITION = "sha256:9f2c:row=50";

    private PipelineLedgerRows() {}

    static void load(DSLContext sql) {
        OffsetDateTime start = ApiFixture.NOW.minusHours(4);
        run(sql, FIRST_RUN, "miskin-file", "jabar.csv", "SUCCEEDED", start, new long[] {53, 50, 0, 0, 3}, null);
        run(sql, DUPLICATE_RUN, "miskin-file", "jabar-copy.csv", "DUPLICATE", start.plusHours(1), new long[5], null);
        run(sql, FAILED_RUN, "miskin-file", "broken.csv", "FAILED", start.plusHours(2), new long[5], "not a CSV");
        run(
                sql,
                API_RUN,
                "miskin-api",
                "https://opendata.jabarprov.go.id",
                "FAILED",
                start.plusHours(3),
                new long[5],
                "HTTP 401");
        for (int row = 1; row <= 3; row++) {
            sql.insertInto(table(unquotedName("quarantine")))
                    .set(f("dataset_id"), ApiFixture.DATASET)
                    .set(f("pipeline_id"), "miskin-file")
                    .set(f("run_id"), FIRST_RUN)
                    .set(f("source_ref"), "jabar.csv")
                    .set(f("record_index"), (long) row * 10)
                    .set(f("raw"), "{\"tahun\": \"20x" + row + "\"}")
                    .set(
                            f("violations"),
                            "[{\"field\": \"tahun\", \"rawValue\": \"20x" + row
                                    + "\", \"rule\": \"int\", \"message\": \"not a number\"}]")
                    .set(field(unquotedName("quarantined_at"), OffsetDateTime.class), start.plusMinutes(row))
                    .execute();
        }
        sql.insertInto(table(unquotedName("source_position")))
                .set(f("pipeline_id"), "miskin-file")
                .set(f("position"), POSITION)
                .set(field(unquotedName("updated_at"), OffsetDateTime.class), start)
                .execute();
    }

    /** @param counts read, stored, unchanged, deleted, quarantined */
    private static void run(
            DSLContext sql,
            long id,
            String pipeline,
            String sourceRef,
            String status,
            OffsetDateTime started,
            long[] counts,
            String message) {
        sql.insertInto(table(unquotedName("ingest_run")))
                .set(f("id"), id)
                .set(f("pipeline_id"), pipeline)
                .set(f("dataset_id"), ApiFixture.DATASET)
                .set(f("source_ref"), sourceRef)
                .set(f("status"), status)
                .set(field(unquotedName("started_at"), OffsetDateTime.class), started)
                .set(field(unquotedName("finished_at"), OffsetDateTime.class), started.plusMinutes(5))
                .set(f("read_count"), counts[0])
                .set(f("stored_count"), counts[1])
                .set(f("unchanged_count"), counts[2])
                .set(f("deleted_count"), counts[3])
                .set(f("quarantined_count"), counts[4])
                .set(f("message"), message)
                .execute();
    }

    private static Field<Object> f(String name) {
        return field(unquotedName(name));
    }
}
