package id.satudata.hub.it.file;

import static id.satudata.hub.it.file.PendudukMiskin.DATASET;
import static id.satudata.hub.it.file.PendudukMiskin.PIPELINE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.PipelineRun.Counts;
import id.satudata.hub.it.support.RunningHubTest;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Files the pipeline {@code penduduk-miskin-jabar-csv} cannot read at all, which go to {@code error/} with a failed
 * run, and files with some bad rows, whose good rows are stored and bad rows quarantined. A subclass picks the
 * database.
 */
abstract class BadFileContract extends RunningHubTest {

    @Test
    void shouldMoveMalformedFileToErrorWithReason() {
        long changesBefore = datasetCounts().path("changes").asLong();

        PipelineRun run = ingest(PIPELINE, "a,b,c\n1,2,3\n".getBytes(UTF_8), "kolom-salah.csv");

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message())
                .containsAnyOf(
                        "kode_provinsi",
                        "nama_provinsi",
                        "kode_kabupaten_kota",
                        "nama_kabupaten_kota",
                        "tahun",
                        "jumlah_penduduk_miskin");
        files(PIPELINE).awaitInError("kolom-salah.csv");
        assertThat(datasetCounts().path("changes").asLong()).isEqualTo(changesBefore);
    }

    @Test
    void shouldMoveBinaryJunkToErrorWithReason() {
        byte[] junk = new byte[4096];
        new Random(32).nextBytes(junk);

        PipelineRun run = ingest(PIPELINE, junk, "sampah.csv");

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message()).isNotBlank();
        files(PIPELINE).awaitInError("sampah.csv");
    }

    @Test
    void shouldStoreGoodRowsAndQuarantineBadRowsWithTheirReasons() {
        long quarantinedBefore = datasetCounts().path("quarantined").asLong();
        String rows =
                """
                id,kode_provinsi,nama_provinsi,kode_kabupaten_kota,nama_kabupaten_kota,jumlah_penduduk_miskin,satuan,tahun
                9001,32,JAWA BARAT,3201,KABUPATEN BOGOR,460.5,RIBU JIWA,2021
                9002,32,JAWA BARAT,3202,KABUPATEN SUKABUMI,350.1,RIBU JIWA,2021
                9003,32,JAWA BARAT,3203,KABUPATEN CIANJUR,300.0,RIBU JIWA,20x9
                9004,32,JAWA BARAT,3204,KABUPATEN BANDUNG,,RIBU JIWA,2021
                """;

        PipelineRun run = ingest(PIPELINE, rows.getBytes(UTF_8), "baris-rusak.csv");

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.counts()).isEqualTo(new Counts(4, 2, 0, 0, 2));
        assertThat(run.counts().reconcile()).isTrue();
        assertThat(jumlah("3201:2021")).isEqualTo(460_500L);
        assertThat(jumlah("3202:2021")).isEqualTo(350_100L);
        assertThat(violationsOf(run)).anySatisfy(violation -> {
            assertThat(violation.path("field").asText()).isEqualTo("tahun");
            assertThat(violation.path("rawValue").asText()).isEqualTo("20x9");
            assertThat(violation.path("rule").asText()).isNotBlank();
        });
        assertThat(violationsOf(run)).anySatisfy(violation -> {
            assertThat(violation.path("field").asText()).isEqualTo("jumlah_penduduk_miskin");
            assertThat(violation.path("rule").asText()).isNotBlank();
        });
        assertThat(datasetCounts().path("quarantined").asLong()).isEqualTo(quarantinedBefore + 2);
        files(PIPELINE).awaitInDone("baris-rusak.csv");
    }

    /** Every violation of every record the run quarantined: {@code field}, {@code rawValue}, {@code rule}, … */
    private List<JsonNode> violationsOf(PipelineRun run) {
        return api().quarantineOfRun(DATASET, run.id()).stream()
                .flatMap(entry -> StreamSupport.stream(entry.path("violations").spliterator(), false))
                .toList();
    }

    private long jumlah(String key) {
        return api().record(DATASET, key).path("jumlah_penduduk_miskin").asLong();
    }

    private JsonNode datasetCounts() {
        return api().dataset(DATASET).path("counts");
    }
}
