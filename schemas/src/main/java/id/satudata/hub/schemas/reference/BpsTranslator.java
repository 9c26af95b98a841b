package id.satudata.hub.schemas.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates a BPS code into the Kemendagri code of the same region. The two systems number regions differently
 * (BPS {@code 1101} is Simeulue, Kemendagri {@code 11.01} is Aceh Selatan), so a code is never carried over:
 * the BPS region and its ancestors are matched by name, level by level, each under the Kemendagri parent found one
 * level up. A name that matches no region or several is reported with its candidates, never guessed. Immutable and
 * thread-safe.
 */
public final class BpsTranslator {

    /** The outcome: the Kemendagri region, or where the chain broke. */
    public sealed interface Result {}

    /** Every level matched. */
    public record Translated(Region region) implements Result {}

    /** The BPS code is not in the BPS set (or is listed there more than once). */
    public record UnknownCode(List<Region> listed) implements Result {}

    /**
     * No single region of the target matches {@code step}'s name under {@code parent}.
     *
     * @param matches the regions that match (several: ambiguous); empty when none does
     * @param nearest when none matches, the nearest names in that scope
     */
    public record Unmatched(Region step, String parent, List<Region> matches, List<Region> nearest) implements Result {}

    private final ReferenceSet from;
    private final ReferenceSet to;

    public BpsTranslator(ReferenceSet from, ReferenceSet to) {
        this.from = from;
        this.to = to;
    }

    public ReferenceSet from() {
        return from;
    }

    public ReferenceSet to() {
        return to;
    }

    /** Translates a compact BPS code. */
    public Result translate(String bpsCode) {
        List<Region> chain = chain(bpsCode);
        if (chain == null) {
            return new UnknownCode(from.regions().byCode(bpsCode));
        }
        RegionIndex target = to.regions();
        Region found = null;
        for (Region step : chain) {
            String parent = found == null ? null : found.code();
            List<Region> matches = target.byName(parent, step.level(), step.name());
            if (matches.size() != 1) {
                List<Region> nearest =
                        matches.isEmpty() ? NearestNames.of(target, parent, step.level(), step.name()) : List.of();
                return new Unmatched(step, parent, matches, nearest);
            }
            found = matches.get(0);
        }
        return new Translated(found);
    }

    /** The region and its ancestors, province first; {@code null} when a code is missing or listed twice. */
    private List<Region> chain(String code) {
        List<Region> chain = new ArrayList<>(4);
        for (String at = code; at != null; ) {
            List<Region> regions = from.regions().byCode(at);
            if (regions.size() != 1) {
                return null;
            }
            chain.add(0, regions.get(0));
            at = regions.get(0).parent();
        }
        return chain;
    }
}
