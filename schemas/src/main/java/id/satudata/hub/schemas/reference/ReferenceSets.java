package id.satudata.hub.schemas.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference sets a hub has loaded, by name; several vintages of a system live side by side. Immutable; passed
 * to whatever needs it (the mapping compiler, the reference API), never reached through a global.
 */
public final class ReferenceSets {

    private static final ReferenceSets NONE = new ReferenceSets(List.of());

    private final Map<String, ReferenceSet> byName = new LinkedHashMap<>();

    /** @throws IllegalArgumentException when two sets share a name */
    public ReferenceSets(List<ReferenceSet> sets) {
        for (ReferenceSet set : sets) {
            if (byName.putIfAbsent(set.name(), set) != null) {
                throw new IllegalArgumentException("two reference sets are named '" + set.name() + "'");
            }
        }
    }

    public static ReferenceSets none() {
        return NONE;
    }

    public Optional<ReferenceSet> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The set a vintage parameter names: a set name, or a vintage label ({@code 2025}) of the given system. */
    public Optional<ReferenceSet> forVintage(String vintage, CodeSystem system) {
        return named(vintage).or(() -> all().stream()
                .filter(set -> set.system() == system && set.vintage().label().equals(vintage))
                .findFirst());
    }

    /** The newest set of a system (by vintage date, then declaration order), the default of mappings and API. */
    public Optional<ReferenceSet> newest(CodeSystem system) {
        return all().stream()
                .filter(set -> set.system() == system)
                .max(Comparator.comparing((ReferenceSet set) -> set.vintage().date() == null
                        ? LocalDate.MIN
                        : set.vintage().date()));
    }

    /** Every set, in declaration order. */
    public List<ReferenceSet> all() {
        return List.copyOf(byName.values());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }
}
