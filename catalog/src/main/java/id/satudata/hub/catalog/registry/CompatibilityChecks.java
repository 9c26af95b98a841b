package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.CompatibilityChecker.Previous;
import id.satudata.hub.catalog.registry.store.VersionRows;
import id.satudata.hub.schemas.registry.Compatibility;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Answers whether a schema could be registered, without registering it: against one named version, or against the
 * subject's live versions as its level says (the latest for the plain levels, all for the transitive ones).
 */
final class CompatibilityChecks {

    private final DSLContext dsl;
    private final RegistryQueries queries;
    private final SchemaResolver resolver;
    private final RegistrySettings settings;
    private final VersionRows versions = new VersionRows();

    CompatibilityChecks(DSLContext dsl, RegistryQueries queries, SchemaResolver resolver, RegistrySettings settings) {
        this.dsl = dsl;
        this.queries = queries;
        this.resolver = resolver;
        this.settings = settings;
    }

    /**
     * @param version a version or {@code latest}; null checks as a registration would
     */
    Compatibility check(String subject, SchemaInput input, String version) {
        List<Previous> live = queries.live(subject);
        List<Previous> against = version == null ? live : named(subject, VersionId.parse(version), live);
        ParsedSchema schema = resolver.parse(input);
        CompatibilityLevel level = settings.effectiveLevel(dsl, subject);
        List<String> reasons = CompatibilityChecker.check(level, schema.schema(), against);
        return new Compatibility(reasons.isEmpty(), reasons);
    }

    /** The named live version; {@code latest} of a subject without versions checks against nothing. */
    private List<Previous> named(String subject, VersionId versionId, List<Previous> live) {
        if (versionId.latest()) {
            return live.isEmpty() ? List.of() : List.of(live.get(live.size() - 1));
        }
        return live.stream()
                .filter(previous -> previous.version() == versionId.value())
                .findFirst()
                .map(List::of)
                .orElseThrow(() -> versions.all(dsl, subject).isEmpty()
                        ? RegistryErrors.subjectNotFound(subject)
                        : RegistryErrors.versionNotFound(versionId.value()));
    }
}
