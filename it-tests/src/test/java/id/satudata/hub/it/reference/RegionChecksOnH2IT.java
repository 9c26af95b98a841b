package id.satudata.hub.it.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.PipelineRun;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.it.support.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Region-code checks through the running hub: the real Open Data Jabar population file, checked against the
 * Kemendagri 2025 codes the hub loads at start-up. The 14 rows of 2013 whose kota code carries another kota's name
 * are quarantined with both values; the other 416 are stored.
 */
class RegionChecksOnH2IT extends RunningHubTest {

    private static final String DATASET = "penduduk-jenis-kelamin-jabar";
    private static final String PIPELINE = "penduduk-jenis-kelamin-jabar-csv";
    private static final String FILE = "opendata/jabar_odj/jumlah_penduduk_berdasarkan_jenis_kelamin_data.csv";

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }

    @Override
    protected List<String> hubArguments() {
        return List.of(
                "--hub.reference.wilayah[0].name=kemendagri-2025",
                "--hub.reference.wilayah[0].system=kemendagri",
                "--hub.reference.wilayah[0].path=" + TestPaths.sharedDataDir("wilayah/cahyadsn"),
                "--hub.reference.wilayah[0].vintage=2025",
                "--hub.reference.wilayah[0].decree=Kepmendagri No 300.2.2-2138 Tahun 2025",
                "--hub.reference.wilayah[0].date=2025-04-01");
    }

    @Override
    protected Path configDir(Path dataDir) {
        Path config = dataDir.resolve("config");
        try {
            Files.createDirectories(config.resolve("datasets"));
            Files.createDirectories(config.resolve("pipelines"));
            Files.writeString(
                    config.resolve("datasets/" + DATASET + ".yaml"),
                    """
                    id: penduduk-jenis-kelamin-jabar
                    title: Jumlah Penduduk Berdasarkan Jenis Kelamin di Jawa Barat
                    producer: Dinas Kependudukan dan Pencatatan Sipil Provinsi Jawa Barat
                    key-fields: [kode_kabupaten_kota, jenis_kelamin, tahun]
                    schema: penduduk-jenis-kelamin-jabar.avsc
                    """);
            Files.writeString(
                    config.resolve("datasets/" + DATASET + ".avsc"),
                    """
                    {"type": "record", "name": "PendudukJenisKelamin", "namespace": "id.satudata.jabar", "fields": [
                      {"name": "kode_provinsi", "type": "string"},
                      {"name": "nama_provinsi", "type": "string"},
                      {"name": "kode_kabupaten_kota", "type": "string"},
                      {"name": "nama_kabupaten_kota", "type": "string"},
                      {"name": "jenis_kelamin", "type": "string"},
                      {"name": "jumlah_penduduk", "type": "long"},
                      {"name": "tahun", "type": "int"}
                    ]}
                    """);
            Files.writeString(
                    config.resolve("pipelines/" + PIPELINE + ".yaml"),
                    """
                    id: penduduk-jenis-kelamin-jabar-csv
                    dataset: penduduk-jenis-kelamin-jabar
                    source: { kind: file, format: csv }
                    mapping: {}
                    checks:
                      - wilayah-code: { field: kode_provinsi, level: provinsi }
                      - wilayah-code: { field: kode_kabupaten_kota, level: kabupaten, parent: kode_provinsi }
                      - wilayah-name: { field: nama_provinsi, code: kode_provinsi }
                      - wilayah-name: { field: nama_kabupaten_kota, code: kode_kabupaten_kota }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    @Test
    void shouldQuarantineThe2013CodeNameMismatchesWithBothValuesAndStoreEveryOtherRow() {
        PipelineRun run = ingest(PIPELINE, TestPaths.sharedData(FILE), "penduduk.csv");

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.counts()).isEqualTo(new PipelineRun.Counts(430, 416, 0, 0, 14));
        List<JsonNode> quarantined = api().quarantineOfRun(DATASET, run.id());
        assertThat(quarantined).hasSize(14).allSatisfy(entry -> {
            assertThat(entry.path("raw").path("tahun").asText()).isEqualTo("2013");
            assertThat(entry.path("violations")).singleElement().satisfies(violation -> {
                assertThat(violation.path("rule").asText()).isEqualTo("wilayah-name");
                assertThat(violation.path("message").asText())
                        .contains(entry.path("raw").path("kode_kabupaten_kota").asText())
                        .containsIgnoringCase(
                                entry.path("raw").path("nama_kabupaten_kota").asText());
            });
        });
        Set<String> codes = quarantined.stream()
                .map(entry -> entry.path("raw").path("kode_kabupaten_kota").asText())
                .collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder("3271", "3272", "3274", "3275", "3276", "3277", "3279");
    }

    @Test
    void shouldServeTheLoadedRegionCodes() {
        JsonNode bogor = api().getOk("/api/v1/reference/wilayah/32.71");

        assertThat(bogor.toString()).containsIgnoringCase("bogor");
        assertThat(api().get("/api/v1/reference/wilayah/32.99").status()).isEqualTo(404);
    }
}
