package id.satudata.hub.catalog.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The package, organization and status actions of the CKAN API; run on each database by a subclass. */
abstract class CkanApiContract extends PortalContract {

    static final String ACTION = "/api/3/action/";
    static final String BPBD = "bpbd-jawa-barat";
    static final String DINKES = "dinas-kesehatan-jawa-barat";

    @Test
    void shouldListEveryPackageNameInNameOrderInsideCkanEnvelope() throws Exception {
        http.perform(get(ACTION + "package_list"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value(true))
                .andExpect(jsonPath("$.help").value("http://localhost/api/3/action/help_show?name=package_list"))
                .andExpect(jsonPath("$.result", contains(PortalFixture.DATASETS.toArray())));
    }

    @Test
    void shouldShowPackageByNameOrIdWithOrganizationAndDatastoreAndDownloadResources() throws Exception {
        JsonNode byName = ok(get(ACTION + "package_show").param("id", PortalFixture.BANJIR));
        JsonNode pkg = byName.get("result");
        assertThat(pkg.get("name").asText()).isEqualTo(PortalFixture.BANJIR);
        assertThat(pkg.get("title").asText()).isEqualTo("Jumlah Kejadian Banjir");
        assertThat(pkg.get("notes").asText()).isEqualTo("Kejadian banjir per kabupaten/kota dan tahun");
        assertThat(pkg.at("/organization/name").asText()).isEqualTo(BPBD);
        assertThat(pkg.at("/organization/title").asText()).isEqualTo("BPBD Jawa Barat");
        assertThat(pkg.get("owner_org").asText())
                .isEqualTo(pkg.at("/organization/id").asText());
        assertThat(pkg.get("metadata_modified").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        JsonNode resources = pkg.get("resources");
        assertThat(resources).hasSize(4);
        assertThat(resources.get(0).get("datastore_active").asBoolean()).isTrue();
        assertThat(resources.get(0).get("url").asText())
                .isEqualTo("http://localhost/api/v1/datasets/jumlah-kejadian-banjir/records");
        List<String> downloads = new ArrayList<>();
        resources.forEach(resource -> downloads.add(
                resource.get("format").asText() + " " + resource.get("url").asText()));
        assertThat(downloads.subList(1, 4))
                .containsExactly(
                        "CSV http://localhost/api/v1/datasets/jumlah-kejadian-banjir/download?format=csv",
                        "JSONL http://localhost/api/v1/datasets/jumlah-kejadian-banjir/download?format=jsonl",
                        "Avro http://localhost/api/v1/datasets/jumlah-kejadian-banjir/download?format=avro");
        JsonNode byId =
                ok(get(ACTION + "package_show").param("id", pkg.get("id").asText()));
        assertThat(byId.get("result")).isEqualTo(pkg);
    }

    @Test
    void shouldGiveDatasetWithoutProducerToPortalPublisher() throws Exception {
        JsonNode pkg =
                ok(get(ACTION + "package_show").param("id", PortalFixture.IPM)).get("result");
        assertThat(pkg.at("/organization/name").asText()).isEqualTo("diskominfo-jawa-barat");
        assertThat(pkg.at("/organization/title").asText()).isEqualTo(PortalFixture.PUBLISHER);
    }

    @Test
    void shouldAnswerUnknownPackageWithNotFoundError() throws Exception {
        http.perform(get(ACTION + "package_show").param("id", "tidak-ada"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.help", endsWith("/api/3/action/help_show?name=package_show")))
                .andExpect(jsonPath("$.error.__type").value("Not Found Error"))
                .andExpect(jsonPath("$.error.message").value("Not found"))
                .andExpect(jsonPath("$.result").doesNotExist());
    }

    @Test
    void shouldRefuseMissingIdWithValidationErrorNamingTheParameter() throws Exception {
        http.perform(get(ACTION + "package_show"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.error.__type").value("Validation Error"))
                .andExpect(jsonPath("$.error.id", contains("Missing value")));
    }

    @Test
    void shouldAnswerUnknownActionWithBadRequestString() throws Exception {
        http.perform(get(ACTION + "package_create"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$").value("Bad request - Action name not known: package_create"));
    }

    @Test
    void shouldSearchFreeTextOverTitleDescriptionAndName() throws Exception {
        assertThat(names(ok(get(ACTION + "package_search").param("q", "banjir"))))
                .containsExactly(PortalFixture.BANJIR);
        assertThat(names(ok(get(ACTION + "package_search").param("q", "kabupaten/kota BALITA"))))
                .containsExactly(PortalFixture.STUNTING);
        assertThat(names(ok(get(ACTION + "package_search").param("q", "rumah-sakit"))))
                .containsExactly(PortalFixture.RUMAH_SAKIT);
        assertThat(ok(get(ACTION + "package_search").param("q", "*:*"))
                        .at("/result/count")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void shouldFilterSearchByOrganizationAndCountOrganizationFacet() throws Exception {
        JsonNode search = ok(get(ACTION + "package_search")
                .param("fq", "organization:" + DINKES)
                .param("facet.field", "[\"organization\"]"));
        assertThat(names(search)).containsExactlyInAnyOrder(PortalFixture.STUNTING, PortalFixture.RUMAH_SAKIT);
        assertThat(search.at("/result/count").asInt()).isEqualTo(2);
        assertThat(search.at("/result/facets/organization/" + DINKES).asInt()).isEqualTo(2);
        assertThat(search.at("/result/search_facets/organization/items/0/display_name")
                        .asText())
                .isEqualTo("Dinas Kesehatan Jawa Barat");
    }

    @Test
    void shouldSortAndPageSearchWithRowsAndStart() throws Exception {
        JsonNode page = ok(get(ACTION + "package_search")
                .param("sort", "title_string asc")
                .param("rows", "2")
                .param("start", "1"));
        assertThat(page.at("/result/count").asInt()).isEqualTo(4);
        assertThat(page.at("/result/sort").asText()).isEqualTo("title_string asc");
        assertThat(names(page)).containsExactly(PortalFixture.BANJIR, PortalFixture.STUNTING);
        JsonNode modified = ok(get(ACTION + "package_search").param("sort", "metadata_modified desc"));
        List<String> times = new ArrayList<>();
        modified.at("/result/results")
                .forEach(pkg -> times.add(pkg.get("metadata_modified").asText()));
        assertThat(times).hasSize(4).isSortedAccordingTo((left, right) -> right.compareTo(left));
    }

    @Test
    void shouldRefuseUnknownSortFieldAndBadRowsAsCkanDoes() throws Exception {
        http.perform(get(ACTION + "package_search").param("sort", "popularity desc"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.__type").value("Search Error"));
        http.perform(get(ACTION + "package_search").param("rows", "-1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.__type").value("Validation Error"))
                .andExpect(jsonPath("$.error.rows", contains("Must be a natural number")));
    }

    @Test
    void shouldAnswerPostWithJsonBodyAsGetWithQuery() throws Exception {
        JsonNode posted = ok(post(ACTION + "package_search")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fq\": \"organization:" + BPBD + "\", \"rows\": 5, \"facet.field\": [\"organization\"]}"));
        JsonNode got = ok(get(ACTION + "package_search")
                .param("fq", "organization:" + BPBD)
                .param("rows", "5")
                .param("facet.field", "[\"organization\"]"));
        assertThat(posted).isEqualTo(got);
        assertThat(names(posted)).containsExactly(PortalFixture.BANJIR);
    }

    @Test
    void shouldListOrganizationsByTitleAsNamesOrWithAllFields() throws Exception {
        http.perform(get(ACTION + "organization_list"))
                .andExpect(jsonPath("$.result", contains(BPBD, DINKES, "diskominfo-jawa-barat")));
        http.perform(get(ACTION + "organization_list").param("all_fields", "true"))
                .andExpect(jsonPath("$.result", hasSize(3)))
                .andExpect(jsonPath("$.result[1].name").value(DINKES))
                .andExpect(jsonPath("$.result[1].display_name").value("Dinas Kesehatan Jawa Barat"))
                .andExpect(jsonPath("$.result[1].package_count").value(2));
    }

    @Test
    void shouldShowOrganizationByNameOrIdWithItsPackagesWhenAsked() throws Exception {
        JsonNode organization =
                ok(get(ACTION + "organization_show").param("id", DINKES)).get("result");
        assertThat(organization.get("package_count").asInt()).isEqualTo(2);
        assertThat(organization.has("packages")).isFalse();
        JsonNode withPackages = ok(get(ACTION + "organization_show")
                        .param("id", organization.get("id").asText())
                        .param("include_datasets", "true"))
                .get("result");
        assertThat(withPackages.get("name").asText()).isEqualTo(DINKES);
        assertThat(withPackages.get("packages")).hasSize(2);
        http.perform(get(ACTION + "organization_show").param("id", "tidak-ada"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.__type").value("Not Found Error"));
    }

    @Test
    void shouldDescribeSiteWithStatusShow() throws Exception {
        http.perform(get(ACTION + "status_show"))
                .andExpect(jsonPath("$.result.site_title").value("Satu Data Jawa Barat"))
                .andExpect(jsonPath("$.result.site_url").value("http://localhost"))
                .andExpect(jsonPath("$.result.ckan_version").value("2.10.0"))
                .andExpect(jsonPath("$.result.extensions", contains("datastore")));
    }

    @Test
    void shouldBuildUrlsFromForwardedHeaders() throws Exception {
        JsonNode pkg = ok(get(ACTION + "package_show")
                        .param("id", PortalFixture.BANJIR)
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "data.jabarprov.go.id"))
                .get("result");
        assertThat(pkg.at("/resources/1/url").asText())
                .isEqualTo("https://data.jabarprov.go.id/api/v1/datasets/jumlah-kejadian-banjir/download?format=csv");
    }

    static List<String> names(JsonNode search) {
        List<String> names = new ArrayList<>();
        search.at("/result/results").forEach(pkg -> names.add(pkg.get("name").asText()));
        return names;
    }
}
