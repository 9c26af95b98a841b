package id.satudata.hub.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real Open Data Jabar and Satu Data Jakarta file of {@code ../shared/data/opendata/} dropped into its own
 * pipeline of one hub, which runs the shipped config and the test-only declarations of {@code opendata-config/}:
 * each run succeeds and reconciles ({@code read = stored + unchanged + quarantined}) to the counts it must, and what
 * the mappings did about each file's quirks is what the API serves. A subclass picks the database.
 */
abstract class RealOpenDataFilesContract extends RunningHubTest {

    private final Map<RealOpenDataFile, PipelineRun> runs = new LinkedHashMap<>();

    @Override
    protected Path configDir(Path dataDir) {
        Path config = dataDir.resolve("config");
        copyTree(TestPaths.repoConfig(), config);
        copyTree(testDeclarations(), config);
        return config;
    }

    @BeforeAll
    void dropEveryRealFile() {
        for (RealOpenDataFile file : RealOpenDataFile.ALL) {
            runs.put(file, ingest(file.pipeline(), file.file(), file.fileName()));
        }
    }

    static Stream<RealOpenDataFile> realFiles() {
        return RealOpenDataFile.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void shouldIngestTheRealFileWithItsCountsReconciled(RealOpenDataFile file) {
        PipelineRun run = runs.get(file);

        assertThat(run.status()).as(run.message()).isEqualTo("SUCCEEDED");
        assertThat(run.counts()).isEqualTo(file.expected());
        assertThat(run.counts().reconcile()).isTrue();
        assertThat(files(file.pipeline()).awaitInDone(file.fileName())).hasSameBinaryContentAs(file.file());
    }

    @Test
    void shouldHoldOneRecordPerKeyInEveryDataset() {
        Map<String, Long> stored = new LinkedHashMap<>();
        RealOpenDataFile.ALL.forEach(
                file -> stored.merge(file.dataset(), file.expected().stored(), Long::sum));

        stored.forEach((dataset, records) -> assertThat(
                        api().dataset(dataset).path("counts").path("records").asLong())
                .as(dataset)
                .isEqualTo(records));
    }

    @Test
    void shouldReadTheSameProvinceFiguresFromTheWideCsvTheHtmlTableAndTheWorkbook() {
        List<JsonNode> records = api().allRecords("garis-kemiskinan-provinsi-jabar");

        assertThat(records)
                .extracting(r ->
                        r.path("nama_wilayah").asText() + " " + r.path("tahun").asInt() + " "
                                + r.path("garis_kemiskinan").asLong())
                .containsExactlyInAnyOrder(
                        "JAWA BARAT 2018 367755", "JAWA BARAT 2019 386198", "JAWA BARAT 2020 410988");
    }

    @Test
    void shouldKeepCodesAsCodesAndReadTheirUnits() {
        assertThat(api().record("pengeluaran-per-kapita-jabar", "3201:2010")
                        .path("pengeluaran_per_kapita")
                        .asLong())
                .as("8951.96 RIBU RUPIAH")
                .isEqualTo(8_951_960L);
        JsonNode desa = api().record("pencemaran-air-desa-jabar", "32.01.02.2001:2019");
        assertThat(desa.path("bps_kode_desa_kelurahan").asText()).isEqualTo("3201190006");
        assertThat(desa.path("kode_provinsi").asText()).isEqualTo("32");
        assertThat(desa.path("ada_pencemaran_air").isBoolean()).isTrue();
        assertThat(api().record("penduduk-jenis-kelamin-jabar", "3201:LAKI_LAKI:2013")
                        .path("jumlah_penduduk")
                        .asLong())
                .isEqualTo(1_930_902L);
    }

    @Test
    void shouldWriteJakartaNamesOneWay() {
        List<JsonNode> sampah = api().allRecords("sampah-sungai-jakarta");
        assertThat(sampah)
                .extracting(r -> r.path("kecamatan").asText())
                .contains("Pal Merah", "Kramatjati", "Pulogadung", "Taman Sari")
                .doesNotContain("Palmerah", "Kramat Jati", "Pulo Gadung", "Tamansari");
        assertThat(sampah)
                .extracting(r -> r.path("wilayah").asText())
                .containsOnly(
                        "KOTA ADM. JAKARTA PUSAT",
                        "KOTA ADM. JAKARTA UTARA",
                        "KOTA ADM. JAKARTA BARAT",
                        "KOTA ADM. JAKARTA SELATAN",
                        "KOTA ADM. JAKARTA TIMUR");
        assertThat(sampah).extracting(r -> r.path("periode").asText()).contains("2024-01-01", "2025-04-01");
        assertThat(api().allRecords("kepadatan-penduduk-jakarta"))
                .extracting(r -> r.path("kota").asText())
                .containsOnly(
                        "KOTA ADM. JAKARTA PUSAT",
                        "KOTA ADM. JAKARTA UTARA",
                        "KOTA ADM. JAKARTA BARAT",
                        "KOTA ADM. JAKARTA SELATAN",
                        "KOTA ADM. JAKARTA TIMUR",
                        "KAB. ADM. KEP. SERIBU");
    }

    private static Path testDeclarations() {
        try {
            return Path.of(RealOpenDataFilesContract.class
                    .getResource("/opendata-config")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
