package id.satudata.hub.catalog.ckan;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What {@code package_search} matches and how it orders: every clause of {@code q} and {@code fq} must hold. Free
 * text matches, ignoring case, within the title, the description or the name; {@code name:}, {@code organization:}
 * and {@code owner_org:} match exactly. {@code sort} is CKAN's ({@code metadata_modified desc},
 * {@code title_string asc}, ...); {@code score} ranks nothing here, so it leaves the order to the next field.
 */
final class PackageQuery {

    /** CKAN's default order. */
    static final String DEFAULT_SORT = "score desc, metadata_modified desc";

    private final List<SearchClauses> clauses = new ArrayList<>();

    PackageQuery(String q, String fq) {
        if (!q.isBlank() && !q.trim().equals("*:*")) {
            clauses.addAll(SearchClauses.parse(q));
        }
        clauses.addAll(SearchClauses.parse(fq));
        clauses.forEach(PackageQuery::checkField);
    }

    boolean matches(DatasetEntry dataset, Organization organization) {
        return clauses.stream().allMatch(clause -> matches(clause, dataset, organization));
    }

    private static boolean matches(SearchClauses clause, DatasetEntry dataset, Organization organization) {
        if (clause.isText()) {
            String text = String.join(" ", dataset.id(), nonNull(dataset.title()), nonNull(dataset.description()));
            return text.toLowerCase(Locale.ROOT).contains(clause.value().toLowerCase(Locale.ROOT));
        }
        return switch (clause.field()) {
            case "name" -> dataset.id().equals(clause.value());
            case "organization" -> organization.agency().name().equals(clause.value());
            case "owner_org" -> organization.agency().id().toString().equals(clause.value());
            default -> throw new IllegalStateException("unchecked field " + clause.field());
        };
    }

    private static void checkField(SearchClauses clause) {
        if (!clause.isText() && !List.of("name", "organization", "owner_org").contains(clause.field())) {
            throw CkanException.search("cannot search on field '" + clause.field()
                    + "'; this portal searches name, organization and owner_org");
        }
    }

    /** The order of a CKAN {@code sort} value: comma-separated {@code field asc|desc}. */
    static Comparator<DatasetEntry> order(String sort) {
        Comparator<DatasetEntry> order = (left, right) -> 0;
        for (String part : sort.split(",")) {
            String[] words = part.trim().toLowerCase(Locale.ROOT).split("\\s+");
            if (!words[0].equals("score")) {
                Comparator<DatasetEntry> field = field(words[0]);
                order = order.thenComparing(words.length > 1 && words[1].equals("desc") ? field.reversed() : field);
            }
        }
        return order.thenComparing(DatasetEntry::id);
    }

    private static Comparator<DatasetEntry> field(String field) {
        return switch (field) {
            case "metadata_modified" -> comparing(DatasetEntry::modifiedAt, nullsFirst(naturalOrder()));
            case "metadata_created" -> comparing(DatasetEntry::createdAt, nullsFirst(naturalOrder()));
            case "title_string" -> comparing(dataset -> nonNull(dataset.title()).toLowerCase(Locale.ROOT));
            case "name" -> comparing(DatasetEntry::id);
            default -> throw CkanException.search("cannot sort on field '" + field
                    + "'; this portal sorts on score, metadata_modified, metadata_created, title_string and name");
        };
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
