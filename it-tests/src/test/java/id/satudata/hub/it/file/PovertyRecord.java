package id.satudata.hub.it.file;

import com.fasterxml.jackson.databind.JsonNode;

/** A record of dataset {@code penduduk-miskin-jabar}, with the types its Avro schema gives each field. */
public record PovertyRecord(
        String kodeProvinsi,
        String namaProvinsi,
        String kodeKabupatenKota,
        String namaKabupatenKota,
        int tahun,
        long jumlahPendudukMiskin) {

    /** The record key as the API spells it: the key fields' values joined with ':'. */
    public String key() {
        return kodeKabupatenKota + ":" + tahun;
    }

    /** Reads a record of the records API, failing when a field has the wrong JSON type (a code as a number). */
    static PovertyRecord fromApi(JsonNode record) {
        return new PovertyRecord(
                text(record, "kode_provinsi"),
                text(record, "nama_provinsi"),
                text(record, "kode_kabupaten_kota"),
                text(record, "nama_kabupaten_kota"),
                Math.toIntExact(integer(record, "tahun")),
                integer(record, "jumlah_penduduk_miskin"));
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.path(field);
        if (!value.isTextual()) {
            throw new AssertionError("Field " + field + " is not a JSON string in " + record);
        }
        return value.asText();
    }

    private static long integer(JsonNode record, String field) {
        JsonNode value = record.path(field);
        if (!value.isIntegralNumber()) {
            throw new AssertionError("Field " + field + " is not a JSON integer in " + record);
        }
        return value.asLong();
    }
}
