package id.satudata.hub.it.kafka;

import static id.satudata.hub.it.file.PendudukMiskin.DATASET;
import static id.satudata.hub.it.file.PendudukMiskin.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.catalog.store.RunStatus;
import id.satudata.hub.it.file.JabarPovertyFile;
import id.satudata.hub.it.file.PovertyRecord;
import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.KafkaBroker;
import id.satudata.hub.it.support.NodeProject;
import id.satudata.hub.it.support.RunningHub;
import id.satudata.hub.it.support.TestPaths;
import id.satudata.hub.it.support.TopicRecords;
import id.satudata.hub.schemas.registry.AvroWireDeserializer;
import id.satudata.hub.schemas.registry.HttpRegistrySettings;
import id.satudata.hub.schemas.registry.HttpSchemaRegistryClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub with {@code hub.kafka.bootstrap-servers} set, against a real in-process KRaft broker: the real Open Data
 * Jabar file ingested once, then its dataset's topic read by a plain Java consumer and by kafkajs, each decoding with
 * the hub's registry over HTTP; a delete, last, becomes a tombstone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaOutletIT {

    private static final String TOPIC = "satudata." + DATASET;
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(60);

    private KafkaBroker broker;
    private RunningHub hub;
    private AvroWireDeserializer decoder;

    @BeforeAll
    void startBrokerAndHubAndIngestTheRealFile(@TempDir Path dataDir) throws IOException {
        broker = KafkaBroker.start();
        hub = RunningHub.start(
                dataDir,
                TestPaths.repoConfig(),
                HubDatabase.embeddedH2(),
                List.of("--hub.kafka.bootstrap-servers=" + broker.bootstrapServers(), "--hub.kafka.partitions=3"));
        long lastRun = hub.api().lastRunId(PIPELINE);
        hub.files(PIPELINE).drop(Files.readAllBytes(JabarPovertyFile.path()), "penduduk-miskin.csv");
        hub.api().awaitRunAfter(PIPELINE, lastRun);
        decoder = new AvroWireDeserializer(
                new HttpSchemaRegistryClient(HttpRegistrySettings.of(hub.api().baseUrl() + "/registry")));
    }

    @AfterAll
    void stopHubThenBroker() {
        if (hub != null) {
            hub.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void shouldPublishEveryRecordOnceKeyedByItsKeyFieldsInTheWireFormat() {
        assertThat(RelayHealth.awaitRelayed(hub.api(), DATASET, RELAY_TIMEOUT)).isEqualTo(JabarPovertyFile.ROWS);

        List<ConsumerRecord<byte[], byte[]>> records = TopicRecords.readAll(broker.bootstrapServers(), TOPIC);

        assertThat(records).extracting(TopicRecords::seq).containsExactlyInAnyOrderElementsOf(sequences(1, 513));
        assertThat(records.stream().map(record -> povertyRecord(value(record))))
                .containsExactlyInAnyOrderElementsOf(JabarPovertyFile.expectedRecords());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            GenericRecord key = (GenericRecord) decoder.deserialize(record.key());
            GenericRecord value = value(record);
            assertThat(key.getSchema().getFields())
                    .extracting(field -> field.name())
                    .containsExactly("kode_kabupaten_kota", "tahun");
            assertThat(key.get("kode_kabupaten_kota"))
                    .hasToString(value.get("kode_kabupaten_kota").toString());
            assertThat(key.get("tahun")).isEqualTo(value.get("tahun"));
        }
        assertThat(schemaId(records.get(0).value()))
                .as("the id of version 1 of the value subject")
                .isEqualTo(hub.api()
                        .getOk("/registry/subjects/" + TOPIC + "-value/versions/1")
                        .path("id")
                        .asInt());
        assertThat(schemaId(records.get(0).key()))
                .isEqualTo(hub.api()
                        .getOk("/registry/subjects/" + TOPIC + "-key/versions/latest")
                        .path("id")
                        .asInt());
    }

    @Test
    @Order(2)
    void shouldCreateTheTopicCompactedWithTheConfiguredPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicDescription topic = admin.describeTopics(List.of(TOPIC))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(TOPIC);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(List.of(resource))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .get(resource);

            assertThat(topic.partitions()).hasSize(3);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
        }
    }

    @Test
    @Order(3)
    void shouldLetKafkajsDecodeEveryRecordWithTheHubsRegistry() {
        NodeProject clients = NodeProject.at(TestPaths.npmClients());
        clients.installIfMissing();

        NodeProject.Run run = clients.run(
                Map.of(
                        "KAFKA_BROKERS",
                        broker.bootstrapServers(),
                        "REGISTRY_URL",
                        hub.api().baseUrl() + "/registry",
                        "TOPIC",
                        TOPIC,
                        "EXPECTED_MESSAGES",
                        String.valueOf(JabarPovertyFile.ROWS)),
                Duration.ofMinutes(3),
                List.of("node", "--test", "--test-reporter=spec", "test/kafkajs-consumer.test.js"));

        assertThat(run.exitCode())
                .as("kafkajs against the hub's topic; it printed:%n%s", run.output())
                .isZero();
    }

    @Test
    @Order(4)
    void shouldShowTheRelayUpWithNoLagInHealthAndMetrics() {
        assertThat(RelayHealth.of(hub.api()).path("status").asText()).isEqualTo("UP");
        assertThat(hub.api()
                        .getOk("/actuator/metrics/hub.kafka.lag?tag=dataset:" + DATASET)
                        .path("measurements")
                        .get(0)
                        .path("value")
                        .asDouble())
                .isZero();
    }

    @Test
    @Order(5)
    void shouldPublishADeleteAsATombstoneOfItsKeyOnTheKeysPartition() {
        String bogor2002 = "3201:2002";
        delete(bogor2002);

        assertThat(RelayHealth.awaitRelayed(hub.api(), DATASET, RELAY_TIMEOUT)).isEqualTo(JabarPovertyFile.ROWS + 1);

        List<ConsumerRecord<byte[], byte[]>> ofBogor2002 =
                TopicRecords.readAll(broker.bootstrapServers(), TOPIC).stream()
                        .filter(record -> keyOf((GenericRecord) decoder.deserialize(record.key()))
                                .equals(bogor2002))
                        .toList();
        assertThat(ofBogor2002).hasSize(2);
        ConsumerRecord<byte[], byte[]> tombstone = ofBogor2002.get(1);
        assertThat(tombstone.value()).isNull();
        assertThat(TopicRecords.seq(tombstone)).isEqualTo(JabarPovertyFile.ROWS + 1);
        assertThat(tombstone.partition())
                .as("the key's partition")
                .isEqualTo(ofBogor2002.get(0).partition());
        assertThat(tombstone.offset()).isGreaterThan(ofBogor2002.get(0).offset());
    }

    /** What a CDC source will do when a row goes: the store's delete, as no API offers it yet. */
    private void delete(String key) {
        RunLedger ledger = hub.bean(RunLedger.class);
        long runId = ledger.startRun("kafka-it-delete", DATASET, "test");
        hub.bean(DatasetStore.class)
                .apply(
                        DATASET,
                        new IngestBatch(
                                "kafka-it-delete",
                                runId,
                                "test",
                                1,
                                List.of(new RecordChange.Delete(key)),
                                List.of(),
                                null));
        ledger.finishRun(runId, RunStatus.SUCCEEDED, null);
    }

    private GenericRecord value(ConsumerRecord<byte[], byte[]> record) {
        return (GenericRecord) decoder.deserialize(record.value());
    }

    private static PovertyRecord povertyRecord(GenericRecord value) {
        return new PovertyRecord(
                value.get("kode_provinsi").toString(),
                value.get("nama_provinsi").toString(),
                value.get("kode_kabupaten_kota").toString(),
                value.get("nama_kabupaten_kota").toString(),
                (Integer) value.get("tahun"),
                (Long) value.get("jumlah_penduduk_miskin"));
    }

    private static String keyOf(GenericRecord key) {
        return key.get("kode_kabupaten_kota") + ":" + key.get("tahun");
    }

    private static int schemaId(byte[] wireFormat) {
        assertThat(wireFormat[0]).as("the magic byte").isZero();
        return (wireFormat[1] & 0xff) << 24
                | (wireFormat[2] & 0xff) << 16
                | (wireFormat[3] & 0xff) << 8
                | wireFormat[4] & 0xff;
    }

    private static List<Long> sequences(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
