package id.satudata.hub.schemas.reference;

import java.util.List;
import java.util.stream.Collectors;

/** Regions written for a quarantine message: code, name and parent, so a producer can pick the right one. */
public final class Candidates {

    private Candidates() {}

    /** {@code 32.77 Kota Cimahi (in 32 Jawa Barat); 32.17 ...}, or {@code none} for an empty list. */
    public static String describe(RegionIndex index, List<Region> regions) {
        if (regions.isEmpty()) {
            return "none";
        }
        return regions.stream().map(region -> withParent(index, region)).collect(Collectors.joining("; "));
    }

    /** {@code 32.77 Kota Cimahi (in 32 Jawa Barat)}. */
    public static String withParent(RegionIndex index, Region region) {
        List<Region> parent = region.parent() == null ? List.of() : index.byCode(region.parent());
        return parent.isEmpty()
                ? region.describe()
                : region.describe() + " (in " + parent.get(0).describe() + ")";
    }

    /** {@code the kecamatan} / {@code Kecamatan 32.03 ...}: a scope for messages. */
    public static String scope(RegionIndex index, String parent, Level level) {
        if (parent == null) {
            return "at level " + level.id();
        }
        List<Region> regions = index.byCode(parent);
        return "under " + (regions.isEmpty() ? parent : withParent(index, regions.get(0)));
    }
}
