package id.satudata.hub.connectors.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RestFaultsTest {

    @RegisterExtension
    static final WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String ROWS = "[{\"npsn\":\"1\"},{\"npsn\":\"2\"}]";

    @TempDir
    Path secrets;

    private String url() {
        return api.baseUrl() + "/sekolah";
    }

    /** The API fails once as given, then answers with the rows. */
    private void failOnceThenAnswer(ResponseDefinitionBuilder failure) {
        failThenAnswer(1, failure);
    }

    /** The API fails as given this many times, then answers with the rows. */
    private void failThenAnswer(int times, ResponseDefinitionBuilder failure) {
        for (int i = 0; i < times; i++) {
            api.stubFor(get("/sekolah")
                    .inScenario("flaky")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed " + i)
                    .willReturn(failure)
                    .willSetStateTo("failed " + (i + 1)));
        }
        api.stubFor(get("/sekolah")
                .inScenario("flaky")
                .whenScenarioStateIs("failed " + times)
                .willReturn(okJson(ROWS)));
    }

    @Test
    void shouldRetryARequestThatTimesOutAndShowTheSourceDegradedUntilItRecovers() {
        failOnceThenAnswer(okJson(ROWS).withFixedDelay(10_000));
        RestFixture source = new RestFixture(secrets, "url", url(), "timeout", "300ms");

        source.poll();

        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        assertThat(source.values("npsn")).containsExactly("1", "2");
        assertThat(source.health.reports).hasSize(2);
        assertThat(source.health.reports.get(0))
                .startsWith("DEGRADED GET " + url() + " failed: no answer within 300ms; retry 1 of 5 in ");
        assertThat(source.health.last()).isEqualTo("HEALTHY");
    }

    @Test
    void shouldRetryAfterTheConnectionIsReset() {
        // twice: the JDK's client itself retries a GET once when the connection drops before any answer
        failThenAnswer(2, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        RestFixture source = new RestFixture(secrets, "url", url());

        source.poll();

        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        assertThat(source.health.reports.get(0)).startsWith("DEGRADED GET " + url() + " failed: ");
        assertThat(source.health.last()).isEqualTo("HEALTHY");
    }

    @Test
    void shouldRetryAServerErrorWithExponentialBackoffAndJitter() {
        failOnceThenAnswer(aResponse().withStatus(500));
        RestFixture source = new RestFixture(secrets, "url", url(), "retry-backoff", "2s");

        source.poll();

        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        assertThat(source.health.reports.get(0)).startsWith("DEGRADED GET " + url() + " answered 500; retry 1 of 5");
        assertThat(source.time.sleeps).singleElement().satisfies(wait -> assertThat(wait)
                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    @Test
    void shouldWaitAsLongAsRetryAfterSaysInSeconds() {
        failOnceThenAnswer(aResponse().withStatus(429).withHeader("Retry-After", "7"));
        RestFixture source = new RestFixture(secrets, "url", url());

        source.poll();

        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        assertThat(source.time.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void shouldWaitUntilTheDateRetryAfterGives() {
        // FakeTime starts at 2025-06-02T08:00:00Z
        failOnceThenAnswer(aResponse().withStatus(503).withHeader("Retry-After", "Mon, 02 Jun 2025 08:01:30 GMT"));
        RestFixture source = new RestFixture(secrets, "url", url());

        source.poll();

        assertThat(source.time.sleeps).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void shouldFailTheRunButStayDegradedWhenRetriesRunOut() {
        api.stubFor(get("/sekolah").willReturn(aResponse().withStatus(503)));
        RestFixture source = new RestFixture(secrets, "url", url(), "retries", 2);

        source.poll();

        assertThat(source.lastRun()).isEqualTo("FAILED GET " + url() + " answered 503 (gave up after 3 attempts)");
        assertThat(source.health.last())
                .isEqualTo("DEGRADED GET " + url()
                        + " answered 503 (gave up after 3 attempts); the next poll tries again");
        assertThat(source.time.sleeps).hasSize(2);
    }

    @Test
    void shouldFailAtOnceWithoutRetryingANotFound() {
        api.stubFor(get("/sekolah").willReturn(aResponse().withStatus(404)));
        RestFixture source = new RestFixture(secrets, "url", url());

        source.poll();

        assertThat(source.lastRun()).isEqualTo("FAILED GET " + url() + " answered 404");
        assertThat(source.health.reports).containsExactly("FAILED GET " + url() + " answered 404");
        assertThat(source.time.sleeps).isEmpty();
    }

    @Test
    void shouldFailAMalformedPageWithItsUrlKeepTheCommittedPagesAndResumeThereNextRun() {
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(okJson(ROWS)));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson("[{\"npsn\":\"3\"},").withHeader("Content-Type", "application/json")));
        RestFixture source = new RestFixture(secrets, "url", url(), "pagination", "page");

        source.poll();

        assertThat(source.lastRun()).startsWith("FAILED page " + url() + "?page=2 is not valid JSON: ");
        assertThat(source.health.last()).startsWith("FAILED page " + url() + "?page=2");
        assertThat(source.values("npsn")).containsExactly("1", "2");
        assertThat(source.sink.position).isEqualTo("{\"next\":\"2\"}");

        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson("[{\"npsn\":\"3\"}]")));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("3"))
                .willReturn(okJson("[]")));
        source.poll();

        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        assertThat(source.values("npsn")).containsExactly("1", "2", "3");
        assertThat(source.health.last()).isEqualTo("HEALTHY");
        api.verify(1, getRequestedFor(urlPathEqualTo("/sekolah")).withQueryParam("page", equalTo("1")));
    }

    @Test
    void shouldFailAPageWithoutTheRecordsPath() {
        api.stubFor(get("/sekolah").willReturn(okJson("{\"error\":\"maintenance\"}")));
        RestFixture source = new RestFixture(secrets, "url", url(), "records", "$.data");

        source.poll();

        assertThat(source.lastRun()).isEqualTo("FAILED page " + url() + " has no list of records at $.data");
        assertThat(source.sink.batches).isEmpty();
    }

    @Test
    void shouldSucceedWithNothingStoredWhenTheFirstPageIsEmpty() {
        api.stubFor(get(urlPathEqualTo("/sekolah")).willReturn(okJson("{\"data\":[]}")));
        RestFixture source = new RestFixture(secrets, "url", url(), "records", "$.data", "pagination", "page");

        source.poll();

        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        assertThat(source.values("npsn")).isEmpty();
        assertThat(source.sink.position).isEqualTo("{}");
    }

    @Test
    void shouldQuarantineAListElementThatIsNotAnObject() {
        api.stubFor(get("/sekolah").willReturn(okJson("[{\"npsn\":\"1\"},\"stray\"]")));
        RestFixture source = new RestFixture(secrets, "url", url());

        source.poll();

        assertThat(source.sink.batches.get(0)).hasSize(2);
        assertThat(source.sink.batches.get(0).get(1).unreadable().message()).isEqualTo("is not a JSON object");
    }

    @Test
    void shouldSpaceRequestsByTheRateLimit() {
        api.stubFor(get(urlPathEqualTo("/sekolah")).willReturn(okJson(ROWS)));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("3"))
                .willReturn(okJson("[]")));
        RestFixture source = new RestFixture(secrets, "url", url(), "pagination", "page", "rate-limit", 2);

        source.poll();

        assertThat(source.time.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    }
}
