package id.satudata.hub.catalog.dcat;

import static id.satudata.hub.catalog.dcat.CatalogGraph.DATE_TIME;
import static id.satudata.hub.catalog.dcat.CatalogGraph.DCAT;
import static id.satudata.hub.catalog.dcat.CatalogGraph.DCT;
import static id.satudata.hub.catalog.dcat.CatalogGraph.FOAF;
import static id.satudata.hub.catalog.dcat.CatalogGraph.links;
import static id.satudata.hub.catalog.dcat.CatalogGraph.literals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.satudata.hub.catalog.ckan.PortalContract;
import id.satudata.hub.catalog.ckan.PortalFixture;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.RequestBuilder;

/** The DCAT-AP 3 catalogue at {@code /catalog.jsonld}, read as JSON-LD; run on each database by a subclass. */
abstract class DcatCatalogContract extends PortalContract {

    static final String BASE = "http://localhost";

    @Test
    void shouldServeJsonLdCatalogWithTitleDescriptionPublisherAndEveryDataset() throws Exception {
        http.perform(get("/catalog.jsonld"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json"));
        CatalogGraph graph = graph(get("/catalog.jsonld"));
        List<JsonObject> catalogs = graph.ofType(DCAT + "Catalog");
        assertThat(catalogs).hasSize(1);
        JsonObject catalog = catalogs.get(0);
        assertThat(literals(catalog, DCT + "title")).containsExactly("Satu Data Jawa Barat");
        assertThat(literals(catalog, DCT + "description")).hasSize(1);
        JsonObject publisher = graph.node(links(catalog, DCT + "publisher").get(0));
        assertThat(literals(publisher, FOAF + "name")).containsExactly(PortalFixture.PUBLISHER);
        assertThat(links(catalog, DCAT + "dataset")).hasSize(PortalFixture.DATASETS.size());
        assertThat(graph.ofType(DCAT + "Dataset")).hasSize(PortalFixture.DATASETS.size());
    }

    @Test
    void shouldDescribeEveryDatasetWithTheRequiredAndRecommendedProperties() throws Exception {
        CatalogGraph graph = graph(get("/catalog.jsonld"));
        List<String> identifiers = new ArrayList<>();
        for (JsonObject dataset : graph.ofType(DCAT + "Dataset")) {
            identifiers.addAll(literals(dataset, DCT + "identifier"));
            assertThat(literals(dataset, DCT + "title")).hasSize(1);
            assertThat(literals(dataset, DCT + "description")).hasSize(1);
            assertThat(CatalogGraph.datatype(dataset, DCT + "modified")).isEqualTo(DATE_TIME);
            assertThat(CatalogGraph.datatype(dataset, DCT + "issued")).isEqualTo(DATE_TIME);
            JsonObject publisher = graph.node(links(dataset, DCT + "publisher").get(0));
            assertThat(CatalogGraph.types(publisher)).containsExactly(FOAF + "Organization");
            assertThat(literals(publisher, FOAF + "name")).hasSize(1);
            assertThat(links(dataset, DCAT + "distribution")).hasSize(4);
        }
        assertThat(identifiers).containsExactlyInAnyOrderElementsOf(PortalFixture.DATASETS);
    }

    @Test
    void shouldOfferDownloadPerFormatAndTheApiAsDistributions() throws Exception {
        CatalogGraph graph = graph(get("/catalog.jsonld"));
        String dataset = BASE + "/api/v1/datasets/" + PortalFixture.BANJIR;
        JsonObject node = graph.node(dataset);
        assertThat(literals(graph.node(links(node, DCT + "publisher").get(0)), FOAF + "name"))
                .containsExactly("BPBD Jawa Barat");
        List<String> downloads = new ArrayList<>();
        JsonObject api = null;
        for (String iri : links(node, DCAT + "distribution")) {
            JsonObject distribution = graph.node(iri);
            assertThat(links(distribution, DCAT + "accessURL")).hasSize(1);
            assertThat(links(distribution, DCAT + "mediaType")).hasSize(1);
            if (distribution.containsKey(DCAT + "accessService")) {
                api = distribution;
            } else {
                downloads.add(links(distribution, DCAT + "downloadURL").get(0) + " "
                        + links(distribution, DCAT + "mediaType").get(0));
            }
        }
        String iana = "https://www.iana.org/assignments/media-types/";
        assertThat(downloads)
                .containsExactly(
                        dataset + "/download?format=csv " + iana + "text/csv",
                        dataset + "/download?format=jsonl " + iana + "application/jsonl",
                        dataset + "/download?format=avro " + iana + "application/avro");
        assertThat(api).isNotNull();
        assertThat(links(api, DCAT + "accessURL")).containsExactly(dataset + "/records");
        JsonObject service = graph.node(links(api, DCAT + "accessService").get(0));
        assertThat(CatalogGraph.types(service)).containsExactly(DCAT + "DataService");
        assertThat(links(service, DCAT + "endpointURL")).containsExactly(BASE + "/api/v1");
        assertThat(literals(service, DCT + "title")).hasSize(1);
        assertThat(links(service, DCAT + "servesDataset")).contains(dataset);
    }

    @Test
    void shouldBuildAbsoluteUrlsFromForwardedHeaders() throws Exception {
        CatalogGraph graph = graph(get("/catalog.jsonld")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "data.jabarprov.go.id"));
        assertThat(graph.ofType(DCAT + "Dataset")).allSatisfy(dataset -> assertThat(dataset.getString("@id"))
                .startsWith("https://data.jabarprov.go.id/api/v1/datasets/"));
    }

    private CatalogGraph graph(RequestBuilder request) throws Exception {
        return new CatalogGraph(http.perform(request).andReturn().getResponse().getContentAsString());
    }
}
