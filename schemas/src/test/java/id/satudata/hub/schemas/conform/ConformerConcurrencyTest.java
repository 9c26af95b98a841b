package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class ConformerConcurrencyTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Harga", "namespace": "test", "fields": [
              {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
              {"name": "harga", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}}
            ]}
            """);

    @Test
    void shouldGiveTheSameResultsWhenOneConformerIsSharedByManyThreads() throws Exception {
        Conformer conformer = MappingCompiler.compile(
                SCHEMA,
                new MappingSpec(Map.of(
                        "tanggal", new FieldSpec("tanggal", null, List.of(), Map.of("date", "d MMMM yyyy")),
                        "harga", new FieldSpec("harga", null, List.of(), Map.of("number", "id")))));
        List<RawRecord> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(MapRawRecord.of("tanggal", (1 + i % 28) + " Agustus 2024", "harga", i + ".500,25"));
        }
        List<ConformResult> expected = rows.stream().map(conformer::conform).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ConformResult>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(threads.submit(
                        () -> rows.stream().map(conformer::conform).toList()));
            }
            for (Future<List<ConformResult>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
