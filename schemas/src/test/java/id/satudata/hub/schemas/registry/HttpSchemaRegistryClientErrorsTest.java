package id.satudata.hub.schemas.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.satudata.hub.schemas.registry.RegistryFixtures.CONTENT_TYPE;
import static id.satudata.hub.schemas.registry.RegistryFixtures.PENDUDUK;
import static id.satudata.hub.schemas.registry.RegistryFixtures.errorBody;
import static id.satudata.hub.schemas.registry.RegistryFixtures.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a call can fail ends as a RegistryException: the registry's own code, or a client-side one. */
class HttpSchemaRegistryClientErrorsTest {

    @RegisterExtension
    static WireMockExtension registry = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final HttpSchemaRegistryClient client =
            new HttpSchemaRegistryClient(HttpRegistrySettings.of(registry.baseUrl() + "/registry")
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2)));

    @ParameterizedTest
    @CsvSource({
        "404, 40401, Subject 'penduduk-value' not found.",
        "409, 40901, Schema being registered is incompatible with an earlier schema",
        "422, 42201, Invalid schema",
        "500, 50001, Error in the backend data store"
    })
    void shouldKeepTheRegistrysStatusCodeAndMessage(int status, int errorCode, String message) {
        registry.stubFor(post("/registry/subjects/penduduk-value/versions")
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", CONTENT_TYPE)
                        .withBody(errorBody(errorCode, message))));

        RegistryException failure = registerFails();

        assertThat(failure.httpStatus()).isEqualTo(status);
        assertThat(failure.errorCode()).isEqualTo(errorCode);
        assertThat(failure).hasMessage(message);
    }

    @Test
    void shouldReportAnAnswerLaterThanTheRequestTimeoutAsTimedOut() {
        registry.stubFor(get("/registry/schemas/ids/7")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(schemaBody(PENDUDUK))
                        .withFixedDelay(20_000)));

        RegistryException failure = catchThrowableOfType(RegistryException.class, () -> client.schemaById(7));

        assertThat(failure.httpStatus()).isEqualTo(504);
        assertThat(failure.errorCode()).isEqualTo(HttpSchemaRegistryClient.TIMED_OUT);
        assertThat(failure)
                .hasMessageContaining("GET " + registry.baseUrl() + "/registry/schemas/ids/7")
                .hasMessageContaining("timed out")
                .hasMessageContaining("PT2S");
    }

    @Test
    void shouldReportAResetConnectionAsUnreachable() {
        registry.stubFor(post("/registry/subjects/penduduk-value/versions")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        RegistryException failure = registerFails();

        assertThat(failure.httpStatus()).isEqualTo(503);
        assertThat(failure.errorCode()).isEqualTo(HttpSchemaRegistryClient.UNREACHABLE);
        assertThat(failure)
                .hasMessageContaining("POST " + registry.baseUrl() + "/registry/subjects/penduduk-value/versions")
                .hasMessageContaining("failed")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void shouldReportARefusedConnectionAsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpSchemaRegistryClient nowhere =
                new HttpSchemaRegistryClient(HttpRegistrySettings.of("http://localhost:" + closedPort + "/registry"));

        RegistryException failure = catchThrowableOfType(RegistryException.class, () -> nowhere.schemaById(1));

        assertThat(failure.errorCode()).isEqualTo(HttpSchemaRegistryClient.UNREACHABLE);
        assertThat(failure).hasMessageContaining("http://localhost:" + closedPort + "/registry/schemas/ids/1");
    }

    @Test
    void shouldReportAnAnswerThatIsNotJsonAsUnreadable() {
        registry.stubFor(post("/registry/subjects/penduduk-value/versions")
                .willReturn(aResponse().withStatus(200).withBody("<html>Selamat datang</html>")));

        RegistryException failure = registerFails();

        assertThat(failure.httpStatus()).isEqualTo(200);
        assertThat(failure.errorCode()).isEqualTo(HttpSchemaRegistryClient.UNREADABLE_ANSWER);
        assertThat(failure)
                .hasMessageContaining("POST " + registry.baseUrl() + "/registry/subjects/penduduk-value/versions")
                .hasMessageContaining("not JSON")
                .hasMessageContaining("<html>Selamat datang</html>");
    }

    @Test
    void shouldReportJsonWithoutWhatTheApiPromisesAsUnreadable() {
        registry.stubFor(post("/registry/subjects/penduduk-value/versions")
                .willReturn(aResponse().withStatus(200).withBody("{\"version\": 1}")));

        RegistryException failure = registerFails();

        assertThat(failure.errorCode()).isEqualTo(HttpSchemaRegistryClient.UNREADABLE_ANSWER);
        assertThat(failure).hasMessageContaining("no integer \"id\"");
    }

    @Test
    void shouldReportAnErrorPageWithoutARegistryBodyWithItsStatus() {
        registry.stubFor(post("/registry/subjects/penduduk-value/versions")
                .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

        RegistryException failure = registerFails();

        assertThat(failure.httpStatus()).isEqualTo(502);
        assertThat(failure.errorCode()).isEqualTo(HttpSchemaRegistryClient.UNREADABLE_ANSWER);
        assertThat(failure).hasMessageContaining("answered 502").hasMessageContaining("Bad Gateway");
    }

    private RegistryException registerFails() {
        return catchThrowableOfType(RegistryException.class, () -> client.register("penduduk-value", PENDUDUK));
    }
}
