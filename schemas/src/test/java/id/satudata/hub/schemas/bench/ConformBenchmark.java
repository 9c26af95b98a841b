package id.satudata.hub.schemas.bench;

import id.satudata.hub.schemas.conform.ConformResult;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.MapRawRecord;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.conform.TransformSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The conform hot path on a 10-field record of mixed types, as CSV files deliver it: text values with float
 * artefacts, Indonesian decimals, dd/MM/yyyy dates. Run with {@code bench/conform.sh}; not a test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConformBenchmark {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {
              "type": "record", "name": "BenchConform", "namespace": "id.satudata.hub.bench",
              "fields": [
                {"name": "nama", "type": "string"},
                {"name": "kode_wilayah", "type": "string"},
                {"name": "tahun", "type": "int"},
                {"name": "tanggal", "type": {"type": "int", "logicalType": "date"}},
                {"name": "jumlah", "type": "long"},
                {"name": "nilai", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
                {"name": "rasio", "type": ["null", "double"], "default": null},
                {"name": "aktif", "type": "boolean"},
                {"name": "kategori", "type": {"type": "enum", "name": "Kategori",
                  "symbols": ["PERTANIAN", "INDUSTRI", "JASA", "PERDAGANGAN"]}},
                {"name": "keterangan", "type": "string"}
              ]
            }
            """);

    private static final MappingSpec MAPPING = new MappingSpec(Map.of(
            "kode_wilayah", new FieldSpec("kode_wilayah", null, List.of(transform("trim")), Map.of("code", "true")),
            "tanggal", new FieldSpec("tanggal", null, List.of(), Map.of("date", "dd/MM/yyyy")),
            "nilai", new FieldSpec("nilai", null, List.of(), Map.of("number", "id")),
            "keterangan", new FieldSpec("keterangan", null, List.of(transform("collapse-spaces")), Map.of())));

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final int ROWS = 1024; // a power of two: the row index wraps with a mask

    private Conformer conformer;
    private RawRecord[] rows;
    private int next;

    @Setup
    public void setUp() {
        conformer = MappingCompiler.compile(SCHEMA, MAPPING);
        String[] kategori = {"PERTANIAN", "industri", "Jasa", "PERDAGANGAN"};
        rows = new RawRecord[ROWS];
        for (int i = 0; i < ROWS; i++) {
            rows[i] = MapRawRecord.of(
                    "nama",
                    "NAMA WILAYAH " + i,
                    "kode_wilayah",
                    " " + (3201 + i % 27) + ".0 ",
                    "tahun",
                    (2000 + i % 25) + ".0",
                    "tanggal",
                    String.format("%02d/%02d/%04d", 1 + i % 28, 1 + i % 12, 2000 + i % 25),
                    "jumlah",
                    Integer.toString(i * 7919),
                    "nilai",
                    String.format(INDONESIAN, "%,.2f", 1000 + i * 131.07), // 1.131,07
                    "rasio",
                    i % 10 == 0 ? "" : "0." + (i * 37 % 1000),
                    "aktif",
                    i % 2 == 0 ? "ya" : "tidak",
                    "kategori",
                    kategori[i % 4],
                    "keterangan",
                    i % 3 == 0 ? "data  sementara\u00A0BPS" : "data tetap");
        }
        for (RawRecord row : rows) {
            if (!(conformer.conform(row) instanceof ConformResult.Conformed)) {
                throw new IllegalStateException("benchmark rows must conform: " + conformer.conform(row));
            }
        }
    }

    @Benchmark
    public ConformResult conform() {
        RawRecord row = rows[next++ & (ROWS - 1)];
        return conformer.conform(row);
    }

    private static TransformSpec transform(String name) {
        return new TransformSpec(name, Map.of());
    }
}
