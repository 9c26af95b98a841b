package id.satudata.hub.connectors.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RestAuthTest {

    @RegisterExtension
    static final WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String ROWS = "[{\"npsn\":\"1\"}]";

    @TempDir
    Path secrets;

    @BeforeEach
    void refuseUnauthorized() {
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(401)));
    }

    private String url() {
        return api.baseUrl() + "/sekolah";
    }

    @Test
    void shouldSendAnApiKeyFromTheEnvironmentInAHeader() {
        api.stubFor(
                get("/sekolah").withHeader("X-API-Key", equalTo("kunci-env-1")).willReturn(okJson(ROWS)));
        RestFixture source = new RestFixture(
                secrets,
                "url",
                url(),
                "auth",
                "api-key",
                "api-key",
                "${env:DINAS_API_KEY}",
                "api-key-header",
                "X-API-Key");
        source.environment.put("DINAS_API_KEY", "kunci-env-1");

        assertThat(source.poll().lastRun()).isEqualTo("SUCCEEDED");
    }

    @Test
    void shouldSendAnApiKeyFromASecretsFileInTheQueryAndNeverShowIt() throws IOException {
        Files.writeString(secrets.resolve("dinas-key"), "kunci-file-2\n");
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("api_key", equalTo("kunci-file-2"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(okJson(ROWS)));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withStatus(404)));
        RestFixture source = new RestFixture(
                secrets,
                "url",
                url(),
                "pagination",
                "page",
                "auth",
                "api-key",
                "api-key",
                "${file:dinas-key}",
                "api-key-param",
                "api_key");

        source.poll();

        assertThat(source.lastRun())
                .startsWith("FAILED GET " + url() + "?page=2&api_key=*** answered 404")
                .doesNotContain("kunci-file-2");
        assertThat(source.health.last()).startsWith("FAILED GET").doesNotContain("kunci-file-2");
        assertThat(source.sink.positions)
                .allSatisfy(position -> assertThat(position).doesNotContain("kunci"));
    }

    @Test
    void shouldDropAnApiKeyTheApiEchoesInItsNextLinkFromTheCommittedPosition() {
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("api_key", equalTo("kunci-4"))
                .withQueryParam("page", absent())
                .willReturn(okJson(ROWS).withHeader("Link", "</sekolah?page=2&api_key=kunci-4>; rel=\"next\"")));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("api_key", equalTo("kunci-4"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson("[]")));
        RestFixture source = new RestFixture(
                secrets,
                "url",
                url(),
                "pagination",
                "link-header",
                "auth",
                "api-key",
                "api-key",
                "${env:KEY}",
                "api-key-param",
                "api_key");
        source.environment.put("KEY", "kunci-4");

        source.poll();

        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        assertThat(source.sink.positions).containsExactly("{\"next\":\"" + url() + "?page=2\"}", "{}");
    }

    @Test
    void shouldAuthenticateWithBasicAuth() throws IOException {
        Files.writeString(secrets.resolve("password"), "rahasia");
        api.stubFor(get("/sekolah").withBasicAuth("dinas", "rahasia").willReturn(okJson(ROWS)));
        RestFixture source = new RestFixture(
                secrets,
                "url",
                url(),
                "auth",
                "basic",
                "username",
                "dinas",
                "password",
                "${file:" + secrets.resolve("password") + "}");

        assertThat(source.poll().lastRun()).isEqualTo("SUCCEEDED");
    }

    @Test
    void shouldSendABearerTokenAndKeepItOutOfTheFailureMessage() {
        api.stubFor(get("/sekolah")
                .withHeader("Authorization", equalTo("Bearer token-rahasia-3"))
                .willReturn(aResponse().withStatus(403).withBody("token-rahasia-3 may not read this")));
        RestFixture source = new RestFixture(secrets, "url", url(), "auth", "bearer", "token", "${env:TOKEN}");
        source.environment.put("TOKEN", "token-rahasia-3");

        source.poll();

        assertThat(source.lastRun()).isEqualTo("FAILED GET " + url() + " answered 403");
        assertThat(source.health.reports).containsExactly("FAILED GET " + url() + " answered 403");
    }

    @Test
    void shouldFailAtOnceNamingTheReferenceWhenASecretIsNotSet() {
        RestFixture source = new RestFixture(secrets, "url", url(), "auth", "bearer", "token", "${env:NOT_SET}");

        source.poll();

        assertThat(source.lastRun()).isEqualTo("FAILED secret ${env:NOT_SET} is not set in the hub's environment");
        assertThat(source.health.last()).startsWith("FAILED secret ${env:NOT_SET}");
    }

    @Test
    void shouldCacheAnOAuth2TokenUntilShortlyBeforeItExpiresThenFetchANewOne() {
        stubTokens("A", "B");
        api.stubFor(
                get("/sekolah").withHeader("Authorization", equalTo("Bearer A")).willReturn(okJson(ROWS)));
        api.stubFor(
                get("/sekolah").withHeader("Authorization", equalTo("Bearer B")).willReturn(okJson(ROWS)));
        RestFixture source = oauth2();

        source.poll().poll();
        api.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
        source.time.advance(Duration.ofSeconds(3600 - 29));
        source.poll();

        api.verify(
                2,
                postRequestedFor(urlPathEqualTo("/oauth/token"))
                        .withBasicAuth(new BasicCredentials("hub", "s3cret"))
                        .withRequestBody(equalTo("grant_type=client_credentials&scope=read")));
        assertThat(source.sink.runs.values()).containsOnly("SUCCEEDED");
    }

    @Test
    void shouldFetchANewTokenOnceWhenTheApiRefusesTheCachedOne() {
        stubTokens("A", "B");
        api.stubFor(
                get("/sekolah").withHeader("Authorization", equalTo("Bearer B")).willReturn(okJson(ROWS)));
        RestFixture source = oauth2();

        assertThat(source.poll().lastRun()).isEqualTo("SUCCEEDED");
        api.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void shouldFailWhenANewlyFetchedTokenIsRefusedToo() {
        stubTokens("A", "B");
        RestFixture source = oauth2();

        source.poll();

        assertThat(source.lastRun())
                .isEqualTo("FAILED GET " + url() + " answered 401 with a newly fetched token too")
                .doesNotContain("s3cret");
        assertThat(source.health.last()).startsWith("FAILED");
    }

    @Test
    void shouldSendTheClientCredentialsInTheBodyWhenAsked() {
        stubTokens("A", "B");
        api.stubFor(
                get("/sekolah").withHeader("Authorization", equalTo("Bearer A")).willReturn(okJson(ROWS)));
        RestFixture source = oauth2().with("client-auth", "body");

        assertThat(source.poll().lastRun()).isEqualTo("SUCCEEDED");
        api.verify(postRequestedFor(urlPathEqualTo("/oauth/token"))
                .withRequestBody(containing("client_id=hub&client_secret=s3cret")));
    }

    private RestFixture oauth2() {
        RestFixture source = new RestFixture(
                secrets,
                "url",
                url(),
                "auth",
                "oauth2",
                "token-url",
                api.baseUrl() + "/oauth/token",
                "client-id",
                "hub",
                "client-secret",
                "${env:SECRET}",
                "scope",
                "read");
        source.environment.put("SECRET", "s3cret");
        return source;
    }

    /** The token endpoint hands out these tokens in turn, each valid for an hour. */
    private void stubTokens(String first, String second) {
        api.stubFor(post("/oauth/token")
                .inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"" + first + "\",\"expires_in\":3600}"))
                .willSetStateTo("second"));
        api.stubFor(post("/oauth/token")
                .inScenario("tokens")
                .whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"" + second + "\",\"expires_in\":3600}")));
    }
}
