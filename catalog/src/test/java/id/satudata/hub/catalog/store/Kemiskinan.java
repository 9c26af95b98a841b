package id.satudata.hub.catalog.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** The test dataset: poverty counts per regency and year, keyed by both, in conform's output form. */
final class Kemiskinan {

    static final Schema SCHEMA = load();
    static final List<String> KEY = List.of("kode_kabupaten_kota", "tahun");

    private Kemiskinan() {}

    /** A definition under a fresh id, so that the tests of one class do not meet each other's rows. */
    static DatasetDefinition definition() {
        String id = "kemiskinan-" + UUID.randomUUID().toString().substring(0, 8);
        return new DatasetDefinition(id, "Penduduk miskin", "per kabupaten/kota", "BPS Jabar", KEY, SCHEMA);
    }

    static GenericRecord record(String kode, int tahun, String jumlah) {
        GenericData.Record record = new GenericData.Record(SCHEMA);
        record.put("kode_kabupaten_kota", kode);
        record.put("tahun", tahun);
        record.put("nama_kabupaten_kota", "KABUPATEN " + kode);
        record.put("jumlah_penduduk_miskin", new BigDecimal(jumlah));
        record.put("populasi", 1_000_000L + tahun);
        record.put("rasio", 0.125);
        record.put("aktif", true);
        record.put("tanggal_rilis", LocalDate.of(tahun, 1, 30));
        record.put("diperbarui", Instant.parse("2024-02-01T03:04:05.678Z"));
        record.put(
                "satuan", new GenericData.EnumSymbol(SCHEMA.getField("satuan").schema(), "RIBU_JIWA"));
        return record;
    }

    static RecordChange upsert(String kode, int tahun, String jumlah) {
        return new RecordChange.Upsert(record(kode, tahun, jumlah));
    }

    private static Schema load() {
        try (InputStream avsc = Kemiskinan.class.getResourceAsStream("/store/kemiskinan.avsc")) {
            return new Schema.Parser().parse(avsc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
