package id.satudata.hub.catalog.api;

import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.catalog.store.RunStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * A dataset of {@value #ROWS} rows, several times the download's fetch size, so a download must read the cursor
 * batch after batch; some names need CSV quoting (comma, quote, line break), some are empty, some dates null.
 */
final class ManyRowsDataset {

    static final String DATASET = "transaksi-pasar";
    static final int ROWS = 12_000;

    static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
                    {"type": "record", "name": "TransaksiPasar", "fields": [
                      {"name": "kode", "type": "long"},
                      {"name": "nama", "type": "string"},
                      {"name": "tanggal", "type": ["null", {"type": "int", "logicalType": "date"}], "default": null},
                      {"name": "nilai", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}}
                    ]}""");

    private ManyRowsDataset() {}

    static String nama(long kode) {
        if (kode % 91 == 0) {
            return "";
        }
        if (kode % 77 == 0) {
            return "baris\r\nbaru " + kode;
        }
        return kode % 50 == 0 ? "Pasar \"Baru\", blok " + kode : "Pasar " + kode;
    }

    static LocalDate tanggal(long kode) {
        return kode % 3 == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(kode % 365);
    }

    static BigDecimal nilai(long kode) {
        return BigDecimal.valueOf(kode * 7, 2);
    }

    static void load(DatasetStore store, RunLedger ledger) {
        store.register(new DatasetDefinition(DATASET, "Transaksi pasar", null, null, List.of("kode"), SCHEMA), 1);
        List<RecordChange> records = new ArrayList<>();
        for (long kode = 1; kode <= ROWS; kode++) {
            GenericData.Record record = new GenericData.Record(SCHEMA);
            record.put("kode", kode);
            record.put("nama", nama(kode));
            record.put("tanggal", tanggal(kode));
            record.put("nilai", nilai(kode));
            records.add(new RecordChange.Upsert(record));
        }
        long run = ledger.startRun("pasar-file", DATASET, "pasar.csv");
        store.apply(DATASET, new IngestBatch("pasar-file", run, "pasar.csv", ROWS, records, List.of(), null));
        ledger.finishRun(run, RunStatus.SUCCEEDED, null);
    }
}
