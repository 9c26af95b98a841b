package id.satudata.hub.schemas.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * For a name that matched nothing: the regions in the same scope whose names are a few letters away
 * ({@code CIHOE} and {@code Cihowe}), to show a data producer in the quarantine. Only ever shown, never applied:
 * a near name may well be another village. Runs on the failure path only.
 */
public final class NearestNames {

    private static final int MAX = 3;

    private NearestNames() {}

    /** Up to three regions below {@code parent} (or of the level, when {@code null}), nearest first. */
    public static List<Region> of(RegionIndex index, String parent, Level level, String name) {
        String key = NameKey.of(name, level).key();
        int limit = Math.max(2, key.length() / 4);
        List<Region> scope = parent == null
                ? index.all().stream().filter(r -> r.level() == level).toList()
                : index.children(parent);
        List<Ranked> near = new ArrayList<>();
        for (Region region : scope) {
            int distance = distance(key, NameKey.of(region.name(), level).key(), limit);
            if (distance <= limit) {
                near.add(new Ranked(region, distance));
            }
        }
        near.sort(Comparator.comparingInt(Ranked::distance)
                .thenComparing(r -> r.region().code()));
        return near.stream().limit(MAX).map(Ranked::region).toList();
    }

    private record Ranked(Region region, int distance) {}

    /** Levenshtein distance, or {@code limit + 1} as soon as the lengths alone exceed the limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
