package id.satudata.hub.catalog.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.catalog.api.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hub's CKAN answers hold up against real CKAN: they pass the JSON Schemas GDS wrote for data.gov.uk's CKAN,
 * and carry the keys real packages, resources, organizations and DataStore searches carry. The shapes do not
 * depend on the database, so H2 alone serves.
 */
class CkanRealShapesTest extends PortalContract {

    static final TestDatabase DATABASE = TestDatabase.h2();
    static final String ACTION = "/api/3/action/";
    static final String EXAMPLES = "ckan_alphagov/example_responses/";

    /** Keys real samples share that the hub leaves out: revisions went with CKAN 2.9, and data.gov.uk's own keys. */
    static final Set<String> NOT_SERVED = Set.of("revision_id", "category");

    /** Keys of CKAN's DataStore the data.gov.uk samples, which have no DataStore, never show. */
    static final Set<String> DATASTORE_KEYS = Set.of("datastore_active");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        DATABASE.register(properties);
    }

    @AfterAll
    void dropDatabase() {
        DATABASE.close();
    }

    @Test
    void realResponsesShouldPassTheirOwnSchemasSoTheCheckMeansSomething() {
        for (String action :
                List.of("package_show", "package_search", "package_list", "organization_list", "organization_show")) {
            assertThat(RealCkan.violations(action, RealCkan.response(EXAMPLES + action + ".json")))
                    .as(action)
                    .isEmpty();
        }
        JsonNode broken = RealCkan.response(EXAMPLES + "package_show.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("result")).put("private", true);
        assertThat(RealCkan.violations("package_show", broken)).isNotEmpty();
    }

    @Test
    void shouldPassCkanSchemasForEveryAction() throws Exception {
        assertConforms("package_list", get(ACTION + "package_list"));
        assertConforms("package_show", get(ACTION + "package_show").param("id", PortalFixture.BANJIR));
        assertConforms("package_show", get(ACTION + "package_show").param("id", PortalFixture.IPM));
        assertConforms("package_search", get(ACTION + "package_search").param("facet.field", "[\"organization\"]"));
        assertConforms("organization_list", get(ACTION + "organization_list"));
        assertConforms("organization_list", get(ACTION + "organization_list").param("all_fields", "true"));
        assertConforms("organization_show", get(ACTION + "organization_show").param("id", "bpbd-jawa-barat"));
    }

    @Test
    void shouldCarryTheKeysOfRealPackagesResourcesAndOrganizations() throws Exception {
        List<JsonNode> realPackages = new ArrayList<>();
        realPackages.add(RealCkan.response(EXAMPLES + "package_show.json").get("result"));
        RealCkan.response(EXAMPLES + "package_search.json")
                .at("/result/results")
                .forEach(realPackages::add);
        List<JsonNode> realResources = new ArrayList<>();
        realPackages.forEach(pkg -> pkg.get("resources").forEach(realResources::add));
        List<JsonNode> realOrganizations = new ArrayList<>();
        realPackages.forEach(pkg -> realOrganizations.add(pkg.get("organization")));
        List<JsonNode> realShown = List.of(
                RealCkan.response(EXAMPLES + "organization_show.json").get("result"),
                RealCkan.response(EXAMPLES + "stable/organization_show.inner.cabinet-office.json"),
                RealCkan.response(EXAMPLES + "stable/organization_show.inner.test.json"));

        JsonNode pkg = ok(get(ACTION + "package_show").param("id", PortalFixture.BANJIR))
                .get("result");
        assertSameKeys(pkg, realPackages, Set.of());
        for (JsonNode resource : pkg.get("resources")) {
            assertSameKeys(resource, realResources, DATASTORE_KEYS);
        }
        assertSameKeys(pkg.get("organization"), realOrganizations, Set.of());
        JsonNode organization = ok(get(ACTION + "organization_show").param("id", "bpbd-jawa-barat"))
                .get("result");
        assertSameKeys(organization, realShown, Set.of());
        JsonNode search = ok(get(ACTION + "package_search")).get("result");
        assertThat(RealCkan.keys(search))
                .isEqualTo(RealCkan.keys(
                        RealCkan.response(EXAMPLES + "package_search.json").get("result")));
    }

    @Test
    void shouldAnswerDatastoreSearchWithTheKeysOfARealOne() throws Exception {
        JsonNode real = RealCkan.response("ckan_datastore/datastore_search.fiware-cygnus-row.json");
        String resource = ok(get(ACTION + "package_show").param("id", PortalFixture.BANJIR))
                .at("/result/resources/0/id")
                .asText();
        JsonNode hub = ok(get(ACTION + "datastore_search").param("resource_id", resource));
        assertThat(RealCkan.keys(hub)).isEqualTo(RealCkan.keys(real));
        // beside the sample's keys, only keys CKAN's datastore_search documents or echoes from the request
        assertThat(RealCkan.keys(hub.get("result")))
                .containsAll(RealCkan.keys(real.get("result")))
                .isSubsetOf(union(
                        RealCkan.keys(real.get("result")),
                        Set.of("limit", "offset", "total_was_estimated", "include_total", "records_format")));
        assertThat(RealCkan.keys(hub.at("/result/fields/0"))).isEqualTo(RealCkan.keys(real.at("/result/fields/0")));
        assertThat(RealCkan.keys(hub.at("/result/_links"))).isEqualTo(RealCkan.keys(real.at("/result/_links")));
        assertThat(hub.at("/result/records/0").has("_id")).isTrue();
    }

    private void assertConforms(String schema, org.springframework.test.web.servlet.RequestBuilder request)
            throws Exception {
        assertThat(RealCkan.violations(schema, ok(request))).as(schema).isEmpty();
    }

    /**
     * The hub's object has every key all the real ones share (but those it does not serve) and no key that none of
     * them has (but the {@code allowedExtra} ones).
     */
    private static void assertSameKeys(JsonNode hub, List<JsonNode> real, Set<String> allowedExtra) {
        Set<String> required = new TreeSet<>(RealCkan.commonKeys(real));
        required.removeAll(NOT_SERVED);
        Set<String> known = new TreeSet<>(allowedExtra);
        real.forEach(object -> known.addAll(RealCkan.keys(object)));
        assertThat(RealCkan.keys(hub)).containsAll(required).isSubsetOf(known);
    }

    private static Set<String> union(Set<String> left, Set<String> right) {
        Set<String> union = new TreeSet<>(left);
        union.addAll(right);
        return union;
    }
}
