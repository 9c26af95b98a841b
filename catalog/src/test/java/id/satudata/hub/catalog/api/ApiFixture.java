package id.satudata.hub.catalog.api;

import id.satudata.hub.catalog.pipeline.PipelineBoard;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RunLedger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * One dataset of poverty counts per regency and year (as the Open Data Jabar file has them): 25 regencies x 2
 * years, 3 quarantined rows, and two pipelines feeding it, one of them FAILED; beside it {@link AllKindsDataset} and {@link ManyRowsDataset}.
 * Everything goes in through the store, as the hub's pipelines put it there.
 */
final class ApiFixture {

    static final String DATASET = "jumlah-penduduk-miskin";
    static final int REGENCIES = 25;
    static final int[] YEARS = {2019, 2020};
    static final int RECORDS = REGENCIES * YEARS.length;

    static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
                    {"type": "record", "name": "JumlahPendudukMiskin", "namespace": "id.satudata.jabar",
                     "fields": [
                       {"name": "kode_kabupaten_kota", "type": "string"},
                       {"name": "nama_kabupaten_kota", "type": "string"},
                       {"name": "tahun", "type": "int"},
                       {"name": "jumlah_penduduk_miskin", "type": {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2}},
                       {"name": "tanggal_rilis", "type": ["null", {"type": "int", "logicalType": "date"}], "default": null}
                     ]}""");

    private ApiFixture() {}

    static String kode(int regency) {
        return String.valueOf(3201 + regency);
    }

    /** Release date of a year's figures; only 2020's are known, so 2019's rows hold null. */
    static LocalDate released(int year) {
        return year == 2020 ? LocalDate.of(2021, 7, 15) : null;
    }

    static BigDecimal jumlah(int regency, int year) {
        return new BigDecimal(100 + regency + "." + (year % 100));
    }

    static void load(DatasetStore store, RunLedger ledger, PipelineBoard directory) {
        store.register(
                new DatasetDefinition(
                        DATASET,
                        "Jumlah Penduduk Miskin",
                        "Ribu jiwa per kabupaten/kota",
                        "BPS Jawa Barat",
                        List.of("kode_kabupaten_kota", "tahun"),
                        SCHEMA),
                1);
        PipelineLedgerRows.load(store, ledger, records());
        AllKindsDataset.load(store, ledger);
        ManyRowsDataset.load(store, ledger);
        directory.put(new PipelineInfo("miskin-file", DATASET, "file", "RUNNING", null, Map.of("format", "csv")));
        directory.put(new PipelineInfo(
                "miskin-api", DATASET, "rest", "FAILED", "HTTP 401 from opendata.jabarprov.go.id", Map.of()));
    }

    static List<RecordChange> records() {
        List<RecordChange> records = new ArrayList<>();
        for (int year : YEARS) {
            for (int regency = 0; regency < REGENCIES; regency++) {
                GenericData.Record record = new GenericData.Record(SCHEMA);
                record.put("kode_kabupaten_kota", kode(regency));
                record.put("nama_kabupaten_kota", "KABUPATEN " + regency);
                record.put("tahun", year);
                record.put("jumlah_penduduk_miskin", jumlah(regency, year));
                record.put("tanggal_rilis", released(year));
                records.add(new RecordChange.Upsert(record));
            }
        }
        return records;
    }
}
