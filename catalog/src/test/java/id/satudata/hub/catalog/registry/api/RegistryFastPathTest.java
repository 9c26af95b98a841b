package id.satudata.hub.catalog.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The fast path answers only what it has rendered, for clients that take Confluent's type; the rest goes on. */
class RegistryFastPathTest {

    static final byte[] BODY = "{\"schema\":\"\\\"string\\\"\"}".getBytes(StandardCharsets.UTF_8);

    final SchemaBodies bodies = mock(SchemaBodies.class);
    final SchemaByIdFastPath fastPath = new SchemaByIdFastPath("/registry/schemas/ids/", bodies);

    @Test
    void shouldServeARenderedBodyWithConfluentsContentType() throws Exception {
        when(bodies.cached(42)).thenReturn(BODY);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = run("GET", "/registry/schemas/ids/42", null, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(response.getContentAsByteArray()).isEqualTo(BODY);
        assertThat(response.getContentLength()).isEqualTo(BODY.length);
    }

    @Test
    void shouldServeConfluentClientsThatListTheirTypes() throws Exception {
        when(bodies.cached(42)).thenReturn(BODY);
        String accept = "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, "
                + "application/json; qs=0.5";
        MockFilterChain chain = new MockFilterChain();
        run("GET", "/registry/schemas/ids/42", accept, chain);

        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void shouldPassOnWhatItHasNotRenderedOrDoesNotServe() throws Exception {
        when(bodies.cached(42)).thenReturn(BODY);
        assertPassedOn("GET", "/registry/schemas/ids/7", null);
        assertPassedOn("GET", "/registry/schemas/ids/42", "application/json");
        assertPassedOn("GET", "/registry/schemas/ids/42/schema", null);
        assertPassedOn("GET", "/registry/schemas/ids/4x2", null);
        assertPassedOn("GET", "/registry/schemas/ids/99999999999", null);
        assertPassedOn("GET", "/registry/schemas/ids/4294967338", null);
        assertPassedOn("GET", "/registry/schemas/ids/", null);
        assertPassedOn("DELETE", "/registry/schemas/ids/42", null);
    }

    private void assertPassedOn(String method, String uri, String accept) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        run(method, uri, accept, chain);
        assertThat(chain.getRequest()).as("%s %s passed on", method, uri).isNotNull();
    }

    private MockHttpServletResponse run(String method, String uri, String accept, MockFilterChain chain)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        fastPath.doFilter(request, response, chain);
        return response;
    }
}
