package id.satudata.hub.schemas.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.satudata.hub.schemas.registry.RegistryFixtures.CONTENT_TYPE;
import static id.satudata.hub.schemas.registry.RegistryFixtures.PENDUDUK;
import static id.satudata.hub.schemas.registry.RegistryFixtures.schemaBody;
import static id.satudata.hub.schemas.registry.RegistryFixtures.versionBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each operation's request as Confluent's REST API wants it, and the answer read back. */
class HttpSchemaRegistryClientTest {

    @RegisterExtension
    static WireMockExtension registry = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final HttpSchemaRegistryClient client =
            new HttpSchemaRegistryClient(HttpRegistrySettings.of(registry.baseUrl() + "/registry/"));

    @Test
    void shouldRegisterByPostingTheSchemaAsRegistryJson() {
        registry.stubFor(post("/registry/subjects/penduduk-value/versions").willReturn(ok("{\"id\": 7}")));

        assertThat(client.register("penduduk-value", PENDUDUK)).isEqualTo(7);

        registry.verify(postRequestedFor(urlEqualTo("/registry/subjects/penduduk-value/versions"))
                .withHeader("Content-Type", equalTo(CONTENT_TYPE))
                .withHeader("Accept", containing(CONTENT_TYPE))
                .withRequestBody(equalToJson(schemaBody(PENDUDUK))));
    }

    @Test
    void shouldFetchASchemaByItsGlobalId() {
        registry.stubFor(get("/registry/schemas/ids/7").willReturn(ok(schemaBody(PENDUDUK))));

        assertThat(client.schemaById(7)).isEqualTo(PENDUDUK);

        registry.verify(
                getRequestedFor(urlEqualTo("/registry/schemas/ids/7")).withHeader("Accept", containing(CONTENT_TYPE)));
    }

    @Test
    void shouldLookUpTheSubjectsVersionOfASchema() {
        registry.stubFor(post("/registry/subjects/penduduk-value")
                .willReturn(ok(versionBody("penduduk-value", 7, 2, PENDUDUK))));

        assertThat(client.lookup("penduduk-value", PENDUDUK))
                .isEqualTo(new RegisteredSchema("penduduk-value", 7, 2, PENDUDUK));

        registry.verify(postRequestedFor(urlEqualTo("/registry/subjects/penduduk-value"))
                .withHeader("Content-Type", equalTo(CONTENT_TYPE))
                .withRequestBody(equalToJson(schemaBody(PENDUDUK))));
    }

    @Test
    void shouldReadTheLatestVersionAndOneVersionAndTheListOfVersions() {
        registry.stubFor(get("/registry/subjects/penduduk-value/versions/latest")
                .willReturn(ok(versionBody("penduduk-value", 9, 3, PENDUDUK))));
        registry.stubFor(get("/registry/subjects/penduduk-value/versions/2")
                .willReturn(ok(versionBody("penduduk-value", 7, 2, PENDUDUK))));
        registry.stubFor(get("/registry/subjects/penduduk-value/versions").willReturn(ok("[1, 2, 3]")));

        assertThat(client.latest("penduduk-value")).isEqualTo(new RegisteredSchema("penduduk-value", 9, 3, PENDUDUK));
        assertThat(client.version("penduduk-value", 2))
                .isEqualTo(new RegisteredSchema("penduduk-value", 7, 2, PENDUDUK));
        assertThat(client.versions("penduduk-value")).containsExactly(1, 2, 3);
    }

    @Test
    void shouldCheckCompatibilityAsRegisteringWouldWithVerboseReasons() {
        registry.stubFor(post("/registry/compatibility/subjects/penduduk-value/versions?verbose=true")
                .willReturn(ok("{\"is_compatible\": false, \"messages\": [\"READER_FIELD_MISSING_DEFAULT_VALUE\"]}")));

        assertThat(client.checkCompatibility("penduduk-value", PENDUDUK))
                .isEqualTo(new Compatibility(false, List.of("READER_FIELD_MISSING_DEFAULT_VALUE")));

        registry.verify(
                postRequestedFor(urlEqualTo("/registry/compatibility/subjects/penduduk-value/versions?verbose=true"))
                        .withHeader("Content-Type", equalTo(CONTENT_TYPE))
                        .withRequestBody(equalToJson(schemaBody(PENDUDUK))));
    }

    @Test
    void shouldReportACompatibleSchemaWithoutReasons() {
        registry.stubFor(post("/registry/compatibility/subjects/penduduk-value/versions?verbose=true")
                .willReturn(ok("{\"is_compatible\": true, \"messages\": []}")));

        assertThat(client.checkCompatibility("penduduk-value", PENDUDUK)).isEqualTo(Compatibility.ok());
    }

    @Test
    void shouldEncodeTheSubjectAsOnePathSegment() {
        registry.stubFor(
                post("/registry/subjects/data%20kota%2Bjabar-value/versions").willReturn(ok("{\"id\": 3}")));

        assertThat(client.register("data kota+jabar-value", PENDUDUK)).isEqualTo(3);
    }

    @Test
    void shouldSendBasicAuthAsConfluentsUserInfo() {
        HttpSchemaRegistryClient authenticated = new HttpSchemaRegistryClient(
                HttpRegistrySettings.of(registry.baseUrl() + "/registry").withBasicAuth("walidata:rahasia"));
        registry.stubFor(get("/registry/schemas/ids/7").willReturn(ok(schemaBody(PENDUDUK))));

        authenticated.schemaById(7);

        String expected =
                "Basic " + Base64.getEncoder().encodeToString("walidata:rahasia".getBytes(StandardCharsets.UTF_8));
        registry.verify(
                getRequestedFor(urlEqualTo("/registry/schemas/ids/7")).withHeader("Authorization", equalTo(expected)));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", CONTENT_TYPE)
                .withBody(body);
    }
}
