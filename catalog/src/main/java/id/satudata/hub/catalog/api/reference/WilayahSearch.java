package id.satudata.hub.catalog.api.reference;

import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.NameKey;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters a reference set for the listing: a scan in code order, which over the 91,599 Kemendagri regions takes
 * milliseconds; names compare as {@link NameKey}s, so {@code q=palmerah} finds {@code Pal Merah}.
 */
final class WilayahSearch {

    /** Up to {@code limit} regions after the code {@code after}, by code. */
    List<Region> find(RegionIndex index, String q, Level level, String parent, String after, int limit) {
        List<Region> scope = parent == null ? index.all() : index.children(parent);
        String key = q == null || q.isBlank()
                ? null
                : NameKey.of(q, level == null ? Level.KABUPATEN_KOTA : level).key();
        List<Region> found = new ArrayList<>();
        for (Region region : scope) {
            if (found.size() == limit) {
                break;
            }
            if ((after == null || region.code().compareTo(after) > 0)
                    && (level == null || region.level() == level)
                    && (key == null
                            || NameKey.of(region.name(), region.level()).key().contains(key))) {
                found.add(region);
            }
        }
        return found;
    }
}
