package id.satudata.hub.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.QuarantinedRecord;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.catalog.store.RunStatus;
import id.satudata.hub.schemas.conform.Violation;
import java.util.List;
import java.util.Map;

/**
 * The runs of the fixture's pipelines: {@code miskin-file} ran three times (stored the records and quarantined 3
 * rows, met a duplicate file, failed), {@code miskin-api} once; only {@code miskin-file} has a committed position.
 */
final class PipelineLedgerRows {

    static final long FIRST_RUN = 1;
    static final long DUPLICATE_RUN = 2;
    static final long FAILED_RUN = 3;
    static final long API_RUN = 4;
    static final String POSITION = "sha256:9f2c:row=53";

    private PipelineLedgerRows() {}

    static void load(DatasetStore store, RunLedger ledger, List<RecordChange> records) {
        String dataset = ApiFixture.DATASET;
        long first = ledger.startRun("miskin-file", dataset, "jabar.csv");
        List<QuarantinedRecord> rejected = List.of(rejected(1), rejected(2), rejected(3));
        store.apply(
                dataset,
                new IngestBatch("miskin-file", first, "jabar.csv", records.size() + 3L, records, rejected, POSITION));
        ledger.finishRun(first, RunStatus.SUCCEEDED, null);
        long duplicate = ledger.startRun("miskin-file", dataset, "jabar-copy.csv");
        ledger.finishRun(duplicate, RunStatus.DUPLICATE, null);
        long failed = ledger.startRun("miskin-file", dataset, "broken.csv");
        ledger.finishRun(failed, RunStatus.FAILED, "not a CSV");
        long api = ledger.startRun("miskin-api", dataset, "https://opendata.jabarprov.go.id");
        ledger.finishRun(api, RunStatus.FAILED, "HTTP 401");
        // the tests name runs by id; a fresh database numbers them from 1
        assertThat(List.of(first, duplicate, failed, api))
                .containsExactly(FIRST_RUN, DUPLICATE_RUN, FAILED_RUN, API_RUN);
    }

    private static QuarantinedRecord rejected(int row) {
        String tahun = "20x" + row;
        return new QuarantinedRecord(
                row * 10L, Map.of("tahun", tahun), List.of(new Violation("tahun", tahun, "int", "not a number")));
    }
}
