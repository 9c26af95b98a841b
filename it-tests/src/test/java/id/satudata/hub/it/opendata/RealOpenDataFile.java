package id.satudata.hub.it.opendata;

import id.satudata.hub.it.support.PipelineRun.Counts;
import id.satudata.hub.it.support.TestPaths;
import java.nio.file.Path;
import java.util.List;

/**
 * One real file of {@code ../shared/data/opendata/}, the pipeline declared for it (shipped in {@code config/} or
 * test-only in {@code opendata-config/}) and the counts its run must reconcile to. The three files of the West Java
 * province poverty line fill one dataset, in this order: the CSV stores its three records, and the HTML and XLSX
 * copies of the same figures find them unchanged.
 */
record RealOpenDataFile(String path, String pipeline, String dataset, Counts expected) {

    private static final String JABAR = "opendata/jabar_odj/";
    private static final String JAKARTA = "opendata/jakarta/";
    private static final int DESA_ROWS = 15_936;

    /** Every real file, in the order they are dropped. */
    static final List<RealOpenDataFile> ALL = List.of(
            stored(
                    JABAR + "angka_garis_kemiskinan_per_kapita_per_bulan__kabupaten_data.csv",
                    "garis-kemiskinan-kabupaten-jabar",
                    81),
            stored(JABAR + "jumlah_penduduk_berdasarkan_jenis_kelamin_data.csv", "penduduk-jenis-kelamin-jabar", 430),
            stored(JABAR + "jumlah_penduduk_miskin_berdasarkan_kabupatenkota_data.csv", "penduduk-miskin-jabar", 513),
            stored(
                    JABAR + "jumlah_pengeluaran_per_kapita__kabupatenkota_data.csv",
                    "pengeluaran-per-kapita-jabar",
                    294),
            // 1 row x 3 year columns, unpivoted
            stored(
                    JABAR + "angka_garis_kemiskinan_per_kapita_per_bulan__provinsi.csv",
                    "garis-kemiskinan-provinsi-jabar",
                    3),
            new RealOpenDataFile(
                    JABAR + "gariskemiskinanjabar.xls",
                    "garis-kemiskinan-provinsi-jabar-html",
                    "garis-kemiskinan-provinsi-jabar",
                    new Counts(3, 0, 3, 0, 0)),
            new RealOpenDataFile(
                    JABAR + "angka_garis_kemiskinan_per_kapita_per_bulan_provinsi.xlsx",
                    "garis-kemiskinan-provinsi-jabar-xlsx",
                    "garis-kemiskinan-provinsi-jabar",
                    new Counts(3, 0, 3, 0, 0)),
            stored(
                    JABAR + "dpmdes-idm_sts_kejadian_pencemaran_air__des_kel_data.csv",
                    "pencemaran-air-desa-jabar",
                    DESA_ROWS),
            stored(
                    JABAR + "dpmdes-idm_sts_kejadian_pencemaran_tanah__des_kel_data.csv",
                    "pencemaran-tanah-desa-jabar",
                    DESA_ROWS),
            stored(
                    JABAR + "dpmdes-idm_kbrdn_sungai_terkena_pembuangan_limbah__des_kel_data.csv",
                    "sungai-limbah-desa-jabar",
                    DESA_ROWS),
            stored(JAKARTA + "RataRataVolumeSampahSungaiDKIJakarta.csv", "sampah-sungai-jakarta", 672),
            stored(JAKARTA + "jakarta_population_density.csv", "kepadatan-penduduk-jakarta", 267));

    /** A file whose every record is new to its dataset: read = stored, nothing unchanged or quarantined. */
    private static RealOpenDataFile stored(String path, String dataset, long records) {
        return new RealOpenDataFile(
                path, dataset + "-" + extension(path), dataset, new Counts(records, records, 0, 0, 0));
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    Path file() {
        return TestPaths.sharedData(path);
    }

    String fileName() {
        return file().getFileName().toString();
    }

    @Override
    public String toString() {
        return fileName() + " -> " + pipeline;
    }
}
