package id.satudata.hub.schemas.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions of one reference set, indexed for the conform hot path: by compact code, and by {@link NameKey} within
 * a parent (village names repeat across Indonesia: {@code Sidomulyo} names 98 villages, so a name is only looked up
 * under its parent) or within a whole level. Every answer is the full list of candidates, so a caller can tell
 * unique from ambiguous. Immutable and thread-safe once built.
 */
public final class RegionIndex {

    private final List<Region> all;
    private final Map<String, List<Region>> byCode = new HashMap<>();
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<String, List<Region>> children = new HashMap<>();

    /** Indexes the regions; a code listed twice (the BPS 2018 files have two) stays listed twice. */
    public RegionIndex(List<Region> regions) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(Region::code));
        this.all = List.copyOf(sorted);
        for (Region region : all) {
            add(byCode, region.code(), region);
            String key = NameKey.of(region.name(), region.level()).key();
            add(byName, scope(null, region.level()) + key, region);
            if (region.parent() != null) {
                add(byName, scope(region.parent(), region.level()) + key, region);
            }
            add(children, region.parent() == null ? "" : region.parent(), region);
        }
        freeze(byCode);
        freeze(byName);
        freeze(children);
    }

    /** The regions with a compact code: none, one, or (for a code the source lists twice) several. */
    public List<Region> byCode(String compact) {
        return byCode.getOrDefault(compact, List.of());
    }

    /**
     * The regions of a level whose name has the same key, under a parent (its compact code) or, when {@code parent}
     * is {@code null}, anywhere at that level. A kabupaten/kota prefix in the name keeps only regions of that kind.
     */
    public List<Region> byName(String parent, Level level, String name) {
        NameKey key = NameKey.of(name, level);
        List<Region> found = byName.getOrDefault(scope(parent, level) + key.key(), List.of());
        if (key.kind() == null || found.isEmpty()) {
            return found;
        }
        List<Region> admitted = found;
        for (Region region : found) {
            if (!key.admits(region.kind())) {
                admitted = found.stream().filter(r -> key.admits(r.kind())).toList();
                break;
            }
        }
        return admitted;
    }

    /** The regions directly below a region (its compact code), or the provinces for {@code null}; by code. */
    public List<Region> children(String parent) {
        return children.getOrDefault(parent == null ? "" : parent, List.of());
    }

    /** Every region, by code. */
    public List<Region> all() {
        return all;
    }

    /** Whether {@code ancestor} is the region itself or one of the regions above it. */
    public boolean isWithin(Region region, String ancestor) {
        for (Region at = region; at != null; ) {
            if (at.code().equals(ancestor)) {
                return true;
            }
            List<Region> up = at.parent() == null ? List.of() : byCode(at.parent());
            at = up.isEmpty() ? null : up.get(0);
        }
        return false;
    }

    private static String scope(String parent, Level level) {
        return parent == null ? "*" + level.depth() + "/" : parent + "/";
    }

    private static void add(Map<String, List<Region>> map, String key, Region region) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(region);
    }

    private static void freeze(Map<String, List<Region>> map) {
        map.replaceAll((key, list) -> List.copyOf(list));
    }
}
