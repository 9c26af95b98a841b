package id.satudata.hub.schemas.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.satudata.hub.schemas.registry.RegistryFixtures.PENDUDUK;
import static id.satudata.hub.schemas.registry.RegistryFixtures.errorBody;
import static id.satudata.hub.schemas.registry.RegistryFixtures.schemaBody;
import static id.satudata.hub.schemas.registry.RegistryFixtures.versionBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What never changes in a registry is asked once; what can change is asked every time. */
class HttpSchemaRegistryClientCacheTest {

    @RegisterExtension
    static WireMockExtension registry = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final HttpSchemaRegistryClient client =
            new HttpSchemaRegistryClient(HttpRegistrySettings.of(registry.baseUrl()));

    @Test
    void shouldFetchASchemaByIdOnce() {
        registry.stubFor(get("/schemas/ids/7").willReturn(aResponse().withBody(schemaBody(PENDUDUK))));

        client.schemaById(7);
        Schema second = client.schemaById(7);

        assertThat(second).isEqualTo(PENDUDUK);
        registry.verify(1, getRequestedFor(urlEqualTo("/schemas/ids/7")));
    }

    @Test
    void shouldRegisterASchemaOncePerSubject() {
        registry.stubFor(
                post("/subjects/penduduk-value/versions").willReturn(aResponse().withBody("{\"id\": 7}")));
        registry.stubFor(
                post("/subjects/arsip-value/versions").willReturn(aResponse().withBody("{\"id\": 7}")));

        client.register("penduduk-value", PENDUDUK);
        client.register("penduduk-value", PENDUDUK);
        client.register("arsip-value", PENDUDUK);

        registry.verify(1, postRequestedFor(urlEqualTo("/subjects/penduduk-value/versions")));
        registry.verify(1, postRequestedFor(urlEqualTo("/subjects/arsip-value/versions")));
    }

    @Test
    void shouldRememberTheIdAndSchemaALookupFound() {
        registry.stubFor(post("/subjects/penduduk-value")
                .willReturn(aResponse().withBody(versionBody("penduduk-value", 7, 2, PENDUDUK))));

        client.lookup("penduduk-value", PENDUDUK);

        assertThat(client.register("penduduk-value", PENDUDUK)).isEqualTo(7);
        assertThat(client.schemaById(7)).isEqualTo(PENDUDUK);
        registry.verify(0, postRequestedFor(urlEqualTo("/subjects/penduduk-value/versions")));
        registry.verify(0, getRequestedFor(urlEqualTo("/schemas/ids/7")));
    }

    @Test
    void shouldAskForTheLatestVersionEveryTime() {
        registry.stubFor(get("/subjects/penduduk-value/versions/latest")
                .willReturn(aResponse().withBody(versionBody("penduduk-value", 7, 2, PENDUDUK))));

        client.latest("penduduk-value");
        client.latest("penduduk-value");

        registry.verify(2, getRequestedFor(urlEqualTo("/subjects/penduduk-value/versions/latest")));
    }

    @Test
    void shouldNotRememberAFailure() {
        registry.stubFor(get("/schemas/ids/7")
                .willReturn(aResponse().withStatus(500).withBody(errorBody(50001, "Error in the backend data store"))));
        assertThatThrownBy(() -> client.schemaById(7)).isInstanceOf(RegistryException.class);

        registry.stubFor(get("/schemas/ids/7").willReturn(aResponse().withBody(schemaBody(PENDUDUK))));

        assertThat(client.schemaById(7)).isEqualTo(PENDUDUK);
    }
}
