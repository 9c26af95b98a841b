package id.satudata.hub.it.rest;

/** The dataset, pipeline and pages of the Dinas Pendidikan API that the REST tests play. */
final class RestApiFixtures {

    static final String SCHEMA =
            """
            {"type": "record", "name": "Sekolah", "namespace": "id.satudata.jabar", "fields": [
              {"name": "npsn", "type": "string"},
              {"name": "nama", "type": "string"},
              {"name": "kota", "type": "string"},
              {"name": "jumlah_siswa", "type": "long"},
              {"name": "diperbarui", "type": "string"}
            ]}
            """;

    static final String DATASET =
            """
            id: sekolah-jabar
            title: Satuan Pendidikan di Jawa Barat
            producer: Dinas Pendidikan Provinsi Jawa Barat
            key-fields: [npsn]
            schema: sekolah-jabar.avsc
            """;

    /** {@code <api>} stands for the API's base URL. */
    static final String PIPELINE =
            """
            id: sekolah-api
            dataset: sekolah-jabar
            source:
              kind: rest
              url: <api>/api/sekolah
              records: $.data
              pagination: page
              size-param: per_page
              page-size: 2
              auth: api-key
              api-key: ${file:disdik-key}
              api-key-header: X-API-Key
              watermark-field: diperbarui
              watermark-param: updated_since
              retry-backoff: 100ms
            schedule:
              poll-interval: 1s
            mapping:
              npsn: npsn
              nama: nama
              kota: alamat.kota
              jumlah_siswa: jumlah_siswa
              diperbarui: diperbarui
            """;

    private RestApiFixtures() {}

    /** A page of the schools with these NPSNs; the last one was updated last. */
    static String page(String... npsns) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < npsns.length; i++) {
            data.append(i == 0 ? "" : ",")
                    .append(
                            """
                            {"npsn": "%s", "nama": "SMA Negeri %d Bandung", "alamat": {"kota": "Kota Bandung"},
                             "jumlah_siswa": %d, "diperbarui": "2025-05-0%dT08:00:00Z"}"""
                                    .formatted(npsns[i], i + 1, 900 + i, Integer.parseInt(npsns[i].substring(7))));
        }
        return "{\"data\": [" + data + "], \"meta\": {\"per_page\": 2}}";
    }
}
