package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.api.ApiTestApplication;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.RunLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The catalog with {@link PortalFixture} loaded, as portals and harvesters reach it; the hub sits behind a proxy
 * that sends {@code X-Forwarded-*}, which Spring's {@code ForwardedHeaderFilter} honours.
 */
@SpringBootTest(
        classes = ApiTestApplication.class,
        properties = {
            "hub.portal.title=Satu Data Jawa Barat",
            "hub.portal.publisher=" + PortalFixture.PUBLISHER,
            "server.forward-headers-strategy=framework"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortalContract {

    @Autowired
    protected MockMvc http;

    @Autowired
    protected ObjectMapper json;

    @BeforeAll
    void loadFixture(@Autowired DatasetStore store, @Autowired RunLedger ledger) {
        PortalFixture.load(store, ledger);
    }

    /** The response body of a request that must succeed. */
    protected JsonNode ok(RequestBuilder request) throws Exception {
        var response = http.perform(request).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError("HTTP " + response.getStatus() + ": " + response.getContentAsString());
        }
        return json.readTree(response.getContentAsString());
    }
}
