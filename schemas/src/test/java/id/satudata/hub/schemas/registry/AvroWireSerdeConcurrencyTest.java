package id.satudata.hub.schemas.registry;

import static id.satudata.hub.schemas.registry.AvroWireSerdeTest.HARGA;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

class AvroWireSerdeConcurrencyTest {

    @Test
    void shouldWriteAndReadTheSameBytesWhenOneSerdeIsSharedByManyThreads() throws Exception {
        InMemoryRegistry registry = new InMemoryRegistry(1);
        AvroWireSerializer serializer = new AvroWireSerializer(registry);
        AvroWireDeserializer deserializer = new AvroWireDeserializer(registry);
        List<GenericData.Record> records = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            GenericData.Record record = new GenericData.Record(HARGA);
            record.put("komoditas", "Komoditas " + i);
            record.put("tanggal", LocalDate.of(2024, 1, 1).plusDays(i));
            record.put("harga", new BigDecimal(i + ".25"));
            record.put("diperbarui", Instant.ofEpochMilli(1_700_000_000_000L + i));
            record.put("catatan", i % 2 == 0 ? null : "catatan " + i);
            records.add(record);
        }
        List<byte[]> expected = records.stream()
                .map(record -> serializer.serialize("harga-value", record, HARGA))
                .toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<byte[]>>> written = new ArrayList<>();
            List<Future<List<Object>>> read = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                written.add(threads.submit(() -> records.stream()
                        .map(record -> serializer.serialize("harga-value", record, HARGA))
                        .toList()));
                read.add(threads.submit(
                        () -> expected.stream().map(deserializer::deserialize).toList()));
            }
            for (Future<List<byte[]>> result : written) {
                assertThat(result.get()).containsExactlyElementsOf(expected);
            }
            for (Future<List<Object>> result : read) {
                assertThat(result.get()).hasToString(records.toString());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
