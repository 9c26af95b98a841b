package id.satudata.hub.it.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.NodeProject;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.it.support.TestPaths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hub's Confluent-compatible registry as third-party clients see it: Confluent's own JavaScript client
 * ({@code @confluentinc/schemaregistry}) and {@code @kafkajs/confluent-schema-registry}, at the versions
 * {@code it-tests/npm/package-lock.json} pins, each run by Node's test runner with the hub's {@code /registry} as
 * its only registry. What each asserts (register, get by id, latest, lookup, encode and decode across both clients,
 * compatibility with verbose reasons, 409/40901, config with 404/40408, soft and permanent delete) is in
 * {@code it-tests/npm/test/}.
 */
class ConfluentClientsIT extends RunningHubTest {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);

    private final NodeProject clients = NodeProject.at(TestPaths.npmClients());

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }

    @BeforeAll
    void installClients() {
        clients.installIfMissing();
    }

    @Test
    void shouldServeConfluentsOwnClient() {
        assertScriptPasses("test/confluent-client.test.js");
    }

    @Test
    void shouldServeTheKafkajsClient() {
        assertScriptPasses("test/kafkajs-client.test.js");
    }

    private void assertScriptPasses(String script) {
        NodeProject.Run run = clients.run(
                Map.of("REGISTRY_URL", api().baseUrl() + "/registry"),
                SCRIPT_TIMEOUT,
                List.of("node", "--test", "--test-reporter=spec", script));

        assertThat(run.exitCode())
                .as("node --test %s against the hub's registry; it printed:%n%s", script, run.output())
                .isZero();
    }
}
