package id.satudata.hub.connectors.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestUrlsTest {

    @Test
    void shouldReplaceAQueryParameterAndEncodeItsValue() {
        URI uri = URI.create("https://a/x?page=1&kota=Bandung");

        assertThat(SafeUrl.withParam(uri, "page", "2")).hasToString("https://a/x?kota=Bandung&page=2");
        assertThat(SafeUrl.withParam(uri, "since", "2025-05-01 10:00"))
                .hasToString("https://a/x?page=1&kota=Bandung&since=2025-05-01%2010%3A00");
    }

    @Test
    void shouldShowAUrlWithoutItsCredentials() {
        URI uri = URI.create("https://u:p@a/x?api_key=s3cret&page=2");

        assertThat(SafeUrl.describe(uri, Set.of("api_key"))).isEqualTo("https://a/x?api_key=***&page=2");
        assertThat(SafeUrl.withoutParams(uri, Set.of("api_key"))).hasToString("https://u:p@a/x?page=2");
    }

    @Test
    void shouldFindTheNextLinkAmongLinkHeaders() {
        assertThat(LinkHeader.next(List.of("<https://a/x?page=1>; rel=\"prev\", <https://a/x?page=3>; rel=\"next\"")))
                .contains("https://a/x?page=3");
        assertThat(LinkHeader.next(
                        List.of("<https://a/last>; rel=last", "</x?page=2>; title=\"n\"; rel=\"next last\"")))
                .contains("/x?page=2");
        assertThat(LinkHeader.next(List.of("<https://a/x?page=1>; rel=\"first\"")))
                .isEmpty();
    }
}
