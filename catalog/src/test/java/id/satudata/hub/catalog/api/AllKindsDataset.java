package id.satudata.hub.catalog.api;

import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.catalog.store.RunStatus;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/** A dataset with one column of every kind TABLES.md maps, and one record, to check typed reading and rendering. */
final class AllKindsDataset {

    static final String DATASET = "semua-tipe";

    static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
                    {"type": "record", "name": "SemuaTipe", "fields": [
                      {"name": "kode", "type": "string"},
                      {"name": "jenis", "type": {"type": "enum", "name": "Jenis", "symbols": ["KABUPATEN", "KOTA"]}},
                      {"name": "penduduk", "type": ["null", "long"], "default": null},
                      {"name": "luas", "type": "float"},
                      {"name": "rasio", "type": "double"},
                      {"name": "aktif", "type": "boolean"},
                      {"name": "logo", "type": "bytes"},
                      {"name": "diubah", "type": {"type": "long", "logicalType": "timestamp-millis"}},
                      {"name": "alamat", "type": {"type": "record", "name": "Alamat", "fields": [{"name": "jalan", "type": "string"}]}}
                    ]}""");

    private AllKindsDataset() {}

    static void load(DatasetStore store, RunLedger ledger) {
        store.register(new DatasetDefinition(DATASET, "Semua tipe", null, null, List.of("kode"), SCHEMA), 1);
        long run = ledger.startRun("bandung-api", DATASET, "https://data.bandung.go.id");
        store.apply(
                DATASET,
                new IngestBatch(
                        "bandung-api", run, "page-1", 1, List.of(new RecordChange.Upsert(record())), List.of(), null));
        ledger.finishRun(run, RunStatus.SUCCEEDED, null);
    }

    static GenericData.Record record() {
        GenericData.Record alamat =
                new GenericData.Record(SCHEMA.getField("alamat").schema());
        alamat.put("jalan", "Jl. Wastukencana 2");
        GenericData.Record record = new GenericData.Record(SCHEMA);
        record.put("kode", "3273");
        record.put("jenis", new GenericData.EnumSymbol(SCHEMA.getField("jenis").schema(), "KOTA"));
        record.put("penduduk", null);
        record.put("luas", 167.31f);
        record.put("rasio", 0.125d);
        record.put("aktif", true);
        record.put("logo", ByteBuffer.wrap(new byte[] {(byte) 0xCA, (byte) 0xFE}));
        record.put("diubah", Instant.parse("2024-01-31T08:00:00Z"));
        record.put("alamat", alamat);
        return record;
    }
}
