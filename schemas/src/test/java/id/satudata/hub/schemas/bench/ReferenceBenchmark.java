package id.satudata.hub.schemas.bench;

import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionIndex;
import id.satudata.hub.schemas.reference.SharedReference;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Name to code lookups in the real Kemendagri 2025 index (91,599 regions): village names under their kecamatan,
 * written as agencies write them (upper case, spaces moved: {@code BOJONG KULUR}), and kabupaten/kota names with
 * their prefixes ({@code KOTA ADM. ...}, {@code KAB. ...}) within their province. Run with
 * {@code bench/reference.sh}; not a test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReferenceBenchmark {

    private static final int ROWS = 4096; // a power of two: the row index wraps with a mask

    private RegionIndex index;
    private String[] parents;
    private Level[] levels;
    private String[] names;
    private int next;

    @Setup
    public void setUp() {
        index = SharedReference.kemendagri().regions();
        parents = new String[ROWS];
        levels = new Level[ROWS];
        names = new String[ROWS];
        List<Region> all = index.all();
        int n = 0;
        for (int i = 0; n < ROWS; i += 22) { // spread over every province
            Region region = all.get(i % all.size());
            String spelled = agencySpelling(region, n);
            // names that repeat in their scope, or that a moved space turns into another word, are no lookup to time
            if (region.level() != Level.PROVINSI
                    && index.byName(region.parent(), region.level(), spelled).size() == 1) {
                parents[n] = region.parent();
                levels[n] = region.level();
                names[n++] = spelled;
            }
        }
    }

    /** Upper case with spaces dropped or doubled, kabupaten/kota prefixes abbreviated: the real files' variety. */
    private static String agencySpelling(Region region, int i) {
        String name = region.name().strip().toUpperCase(Locale.ROOT);
        if (region.level() == Level.KABUPATEN_KOTA) {
            return name.replaceFirst("^KABUPATEN ", i % 2 == 0 ? "KAB. " : "KABUPATEN ")
                    .replaceFirst("^KOTA ADMINISTRASI ", "KOTA ADM. ");
        }
        return switch (i % 3) {
            case 0 -> name.replaceFirst(" ", "");
            case 1 -> name.replace(" ", "  ") + " ";
            default -> name;
        };
    }

    @Benchmark
    public List<Region> lookupByName() {
        int i = next++ & (ROWS - 1);
        return index.byName(parents[i], levels[i], names[i]);
    }
}
