package id.satudata.hub.catalog.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The PostgreSQL load's preparation of a batch, on the reading thread while the previous batch commits: the binary
 * COPY rows of the dataset table and the change log's segments with each record's Avro payload, for 5,000 records
 * of {@code bench/load.sh}'s 10-column schema. Run with {@code bench/copy-rows.sh}; not a test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CopyRowsBenchmark {

    private static final int BATCH = 5_000;

    private DatasetLayout layout;
    private List<KeyedChange> batch;

    @Setup
    public void setUp() {
        Schema schema = loadSchema();
        layout = DatasetLayout.of("bench-load", schema, List.of("id"), 1);
        Schema kategori = schema.getField("kategori").schema();
        List<String> symbols = kategori.getEnumSymbols();
        batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            GenericData.Record record = new GenericData.Record(schema);
            record.put("id", (long) i);
            record.put("kode_wilayah", String.valueOf(3200 + i % 28));
            record.put("nama", "NAMA WILAYAH " + i % 9973);
            record.put("tahun", 2000 + i % 25);
            record.put("tanggal", LocalDate.of(2000 + i % 25, 1 + i % 12, 1 + i % 28));
            record.put("jumlah", (long) i * 37 % 1_000_000);
            record.put("nilai", BigDecimal.valueOf(i * 7_919L % 10_000_000, 2));
            record.put("rasio", i % 10 == 0 ? null : i / 7.0);
            record.put("aktif", i % 2 == 0);
            record.put("kategori", new GenericData.EnumSymbol(kategori, symbols.get(i % symbols.size())));
            batch.add(new KeyedChange(i, String.valueOf(i), record));
        }
    }

    /** Records per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public PostgresNewKeysCopy.Rows prepare() {
        return PostgresNewKeysCopy.prepare(layout, batch);
    }

    private static Schema loadSchema() {
        Path avsc = Path.of(System.getProperty("bench.schema", "../bench/load-config/datasets/bench-load.avsc"));
        try (InputStream in = Files.newInputStream(avsc)) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark's schema " + avsc.toAbsolutePath(), e);
        }
    }
}
