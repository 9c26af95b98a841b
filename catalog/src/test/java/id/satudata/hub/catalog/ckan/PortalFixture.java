package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.catalog.store.RunStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * A region as portals see it: two agencies and one dataset whose producer is not recorded (it belongs to the
 * portal's publisher). {@code jumlah-kejadian-banjir} (BPBD) has 6 regencies x 2 years of floods to page and filter;
 * {@code balita-stunting} (Dinas Kesehatan) has one field of each CKAN type; {@code rumah-sakit} (Dinas Kesehatan)
 * and {@code indeks-pembangunan-manusia} have no records.
 */
public final class PortalFixture {

    public static final String PUBLISHER = "Diskominfo Jawa Barat";
    public static final String BANJIR = "jumlah-kejadian-banjir";
    public static final String STUNTING = "balita-stunting";
    public static final String RUMAH_SAKIT = "rumah-sakit";
    public static final String IPM = "indeks-pembangunan-manusia";
    public static final List<String> DATASETS = List.of(STUNTING, IPM, BANJIR, RUMAH_SAKIT);
    public static final int REGENCIES = 6;
    public static final int BANJIR_RECORDS = REGENCIES * 2;

    static final Schema BANJIR_SCHEMA = parse(
            """
            {"type": "record", "name": "KejadianBanjir", "fields": [
              {"name": "kode_kabupaten_kota", "type": "string"},
              {"name": "nama_kabupaten_kota", "type": "string"},
              {"name": "tahun", "type": "int"},
              {"name": "jumlah_kejadian", "type": "long"}
            ]}""");

    static final Schema STUNTING_SCHEMA = parse(
            """
            {"type": "record", "name": "BalitaStunting", "fields": [
              {"name": "kode_kabupaten_kota", "type": "string"},
              {"name": "kategori", "type": {"type": "enum", "name": "Kategori", "symbols": ["KABUPATEN", "KOTA"]}},
              {"name": "persentase", "type": {"type": "bytes", "logicalType": "decimal", "precision": 5, "scale": 2}},
              {"name": "rasio", "type": "double"},
              {"name": "terverifikasi", "type": "boolean"},
              {"name": "tanggal_rilis", "type": ["null", {"type": "int", "logicalType": "date"}], "default": null},
              {"name": "diukur", "type": {"type": "long", "logicalType": "timestamp-millis"}}
            ]}""");

    static final Schema EMPTY_SCHEMA = parse(
            """
            {"type": "record", "name": "Kosong", "fields": [{"name": "kode", "type": "string"}]}""");

    private PortalFixture() {}

    public static String kode(int regency) {
        return String.valueOf(3201 + regency);
    }

    public static void load(DatasetStore store, RunLedger ledger) {
        store.register(
                new DatasetDefinition(
                        BANJIR,
                        "Jumlah Kejadian Banjir",
                        "Kejadian banjir per kabupaten/kota dan tahun",
                        "BPBD Jawa Barat",
                        List.of("kode_kabupaten_kota", "tahun"),
                        BANJIR_SCHEMA),
                1);
        apply(store, ledger, BANJIR, banjir());
        store.register(
                new DatasetDefinition(
                        STUNTING,
                        "Persentase Balita Stunting",
                        "Balita stunting per kabupaten/kota",
                        "Dinas Kesehatan Jawa Barat",
                        List.of("kode_kabupaten_kota"),
                        STUNTING_SCHEMA),
                1);
        apply(store, ledger, STUNTING, stunting());
        store.register(
                new DatasetDefinition(
                        RUMAH_SAKIT, "Rumah Sakit", null, "Dinas Kesehatan Jawa Barat", List.of("kode"), EMPTY_SCHEMA),
                1);
        store.register(
                new DatasetDefinition(
                        IPM, "Indeks Pembangunan Manusia", "IPM per tahun", null, List.of("kode"), EMPTY_SCHEMA),
                1);
    }

    private static List<RecordChange> banjir() {
        List<RecordChange> records = new ArrayList<>();
        for (int year : new int[] {2020, 2021}) {
            for (int regency = 0; regency < REGENCIES; regency++) {
                GenericData.Record record = new GenericData.Record(BANJIR_SCHEMA);
                record.put("kode_kabupaten_kota", kode(regency));
                record.put("nama_kabupaten_kota", regency == 3 ? "KOTA BANJAR" : "KABUPATEN " + regency);
                record.put("tahun", year);
                record.put("jumlah_kejadian", (long) (regency * 10 + year % 10));
                records.add(new RecordChange.Upsert(record));
            }
        }
        return records;
    }

    private static List<RecordChange> stunting() {
        GenericData.Record record = new GenericData.Record(STUNTING_SCHEMA);
        record.put("kode_kabupaten_kota", "3273");
        record.put(
                "kategori",
                new GenericData.EnumSymbol(STUNTING_SCHEMA.getField("kategori").schema(), "KOTA"));
        record.put("persentase", new BigDecimal("26.40"));
        record.put("rasio", 0.264d);
        record.put("terverifikasi", true);
        record.put("tanggal_rilis", LocalDate.of(2023, 3, 1));
        record.put("diukur", Instant.parse("2023-02-01T08:00:00Z"));
        return List.of(new RecordChange.Upsert(record));
    }

    private static void apply(DatasetStore store, RunLedger ledger, String dataset, List<RecordChange> records) {
        long run = ledger.startRun(dataset + "-file", dataset, dataset + ".csv");
        store.apply(
                dataset,
                new IngestBatch(dataset + "-file", run, dataset + ".csv", records.size(), records, List.of(), null));
        ledger.finishRun(run, RunStatus.SUCCEEDED, null);
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }
}
