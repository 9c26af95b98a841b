package id.satudata.hub.connectors.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RestPaginationTest {

    @RegisterExtension
    static final WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path secrets;

    private String url(String path) {
        return api.baseUrl() + path;
    }

    private static String schools(String... ids) {
        StringBuilder json = new StringBuilder("[");
        for (String id : ids) {
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"npsn\":\"")
                    .append(id)
                    .append("\",\"alamat\":{\"kota\":\"Bandung\"}}");
        }
        return json.append("]").toString();
    }

    @Test
    void shouldReadNumberedPagesUntilAnEmptyPage() {
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(okJson("{\"data\":" + schools("1", "2") + "}")));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"data\":" + schools("3") + "}")));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("3"))
                .willReturn(okJson("{\"data\":[]}")));

        RestFixture source =
                new RestFixture(secrets, "url", url("/sekolah"), "records", "$.data", "pagination", "page").poll();

        assertThat(source.values("npsn")).containsExactly("1", "2", "3");
        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        assertThat(source.sink.positions).containsExactly("{\"next\":\"2\"}", "{\"next\":\"3\"}", "{}");
    }

    @Test
    void shouldStopAtAShortPageWhenThePageSizeIsSent() {
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("offset", equalTo("0"))
                .withQueryParam("limit", equalTo("2"))
                .willReturn(okJson(schools("1", "2"))));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("offset", equalTo("2"))
                .withQueryParam("limit", equalTo("2"))
                .willReturn(okJson(schools("3"))));

        RestFixture source =
                new RestFixture(secrets, "url", url("/sekolah"), "pagination", "offset", "page-size", 2).poll();

        assertThat(source.values("npsn")).containsExactly("1", "2", "3");
        api.verify(2, getRequestedFor(urlPathEqualTo("/sekolah")));
    }

    @Test
    void shouldFollowACursorTokenFromTheBody() {
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("after", absent())
                .willReturn(okJson("{\"items\":" + schools("1") + ",\"meta\":{\"next\":\"c2\"}}")));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("after", equalTo("c2"))
                .willReturn(okJson("{\"items\":" + schools("2") + ",\"meta\":{\"next\":null}}")));

        RestFixture source = new RestFixture(
                        secrets,
                        "url",
                        url("/sekolah"),
                        "records",
                        "$.items",
                        "pagination",
                        "cursor",
                        "cursor-path",
                        "$.meta.next",
                        "cursor-param",
                        "after")
                .poll();

        assertThat(source.values("npsn")).containsExactly("1", "2");
        assertThat(source.sink.positions).containsExactly("{\"next\":\"c2\"}", "{}");
    }

    @Test
    void shouldFollowARelativeNextLinkInTheBody() {
        api.stubFor(get(urlPathEqualTo("/v1/sekolah"))
                .withQueryParam("p", absent())
                .willReturn(okJson("{\"data\":" + schools("1") + ",\"links\":{\"next\":\"sekolah?p=2\"}}")));
        api.stubFor(get(urlPathEqualTo("/v1/sekolah"))
                .withQueryParam("p", equalTo("2"))
                .willReturn(okJson("{\"data\":" + schools("2") + ",\"links\":{}}")));

        RestFixture source = new RestFixture(
                        secrets,
                        "url",
                        url("/v1/sekolah"),
                        "records",
                        "$.data",
                        "pagination",
                        "next-link",
                        "next-path",
                        "$.links.next")
                .poll();

        assertThat(source.values("npsn")).containsExactly("1", "2");
        assertThat(source.sink.positions.get(0)).isEqualTo("{\"next\":\"" + url("/v1/sekolah?p=2") + "\"}");
    }

    @Test
    void shouldEndAtAnEmptyPageEvenWhenItLinksOn() {
        api.stubFor(get(urlPathEqualTo("/datastore"))
                .withQueryParam("offset", absent())
                .willReturn(okJson("{\"result\":{\"records\":" + schools("1")
                        + ",\"_links\":{\"next\":\"/datastore?offset=1\"}}}")));
        api.stubFor(get(urlPathEqualTo("/datastore"))
                .withQueryParam("offset", equalTo("1"))
                .willReturn(okJson("{\"result\":{\"records\":[],\"_links\":{\"next\":\"/datastore?offset=2\"}}}")));

        RestFixture source = new RestFixture(
                        secrets,
                        "url",
                        url("/datastore"),
                        "records",
                        "$.result.records",
                        "pagination",
                        "next-link",
                        "next-path",
                        "$.result._links.next")
                .poll();

        assertThat(source.values("npsn")).containsExactly("1");
        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
        api.verify(2, getRequestedFor(urlPathEqualTo("/datastore")));
    }

    @Test
    void shouldFollowTheNextLinkOfTheLinkHeader() {
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", absent())
                .willReturn(okJson(schools("1"))
                        .withHeader(
                                "Link",
                                "<" + url("/sekolah?page=2") + ">; rel=\"next\", <" + url("/sekolah?page=2")
                                        + ">; rel=\"last\"")));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson(schools("2")).withHeader("Link", "<" + url("/sekolah") + ">; rel=\"first\"")));

        RestFixture source = new RestFixture(secrets, "url", url("/sekolah"), "pagination", "link-header").poll();

        assertThat(source.values("npsn")).containsExactly("1", "2");
        assertThat(source.lastRun()).isEqualTo("SUCCEEDED");
    }

    @Test
    void shouldFlattenNestedObjectsToDottedNamesOrKeepThemAsJsonText() {
        api.stubFor(get("/sekolah").willReturn(okJson(schools("1"))));

        RestFixture flat = new RestFixture(secrets, "url", url("/sekolah")).poll();
        RestFixture document = new RestFixture(secrets, "url", url("/sekolah"), "nested", "json").poll();

        assertThat(flat.values("alamat.kota")).containsExactly("Bandung");
        assertThat(document.values("alamat")).containsExactly("{\"kota\":\"Bandung\"}");
    }

    @Test
    void shouldSendTheHighestWatermarkOfTheLastRunOnTheNext() {
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("updated_since", absent())
                .willReturn(okJson("[{\"npsn\":\"1\",\"updated\":\"2025-05-02T10:00:00Z\"},"
                        + "{\"npsn\":\"2\",\"updated\":\"2025-05-03T09:00:00Z\"}]")));
        api.stubFor(get(urlPathEqualTo("/sekolah"))
                .withQueryParam("updated_since", equalTo("2025-05-03T09:00:00Z"))
                .willReturn(okJson("[]")));
        RestFixture source = new RestFixture(
                secrets, "url", url("/sekolah"), "watermark-field", "updated", "watermark-param", "updated_since");

        source.poll().poll();

        assertThat(source.sink.positions)
                .containsExactly(
                        "{\"watermark\":\"2025-05-03T09:00:00Z\"}", "{\"watermark\":\"2025-05-03T09:00:00Z\"}");
        assertThat(source.values("npsn")).containsExactly("1", "2");
        api.verify(
                1,
                getRequestedFor(urlPathEqualTo("/sekolah"))
                        .withQueryParam("updated_since", equalTo("2025-05-03T09:00:00Z")));
    }
}
