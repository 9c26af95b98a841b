package id.satudata.hub.connectors.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.RecordingSink;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST source as a pipeline declares it, against a test API, delivering into a recording sink on fake time (no
 * real waits); secrets come from {@link #environment} and files under {@link #secretsDir}.
 */
final class RestFixture {

    final RecordingSink sink = new RecordingSink();
    final RecordingHealth health = new RecordingHealth();
    final FakeTime time = new FakeTime();
    final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final Path secretsDir;
    private RestIngestion ingestion;

    /** @param settings pairs of setting name and value, as in a pipeline's {@code source} */
    RestFixture(Path secretsDir, Object... settings) {
        this.secretsDir = secretsDir;
        for (int i = 0; i < settings.length; i += 2) {
            this.settings.put((String) settings[i], settings[i + 1]);
        }
        this.settings.putIfAbsent("rate-limit", 0);
    }

    /** The source with one more setting; before the first poll only. */
    RestFixture with(String setting, Object value) {
        settings.put(setting, value);
        return this;
    }

    /** One poll; the source is made at the first, and kept, as a pipeline keeps it. */
    RestFixture poll() {
        if (ingestion == null) {
            ParsedSettings parsed = RestSourceSettings.SPEC.parse(settings);
            assertThat(parsed.problems()).isEmpty();
            ingestion = RestSource.ingestion(
                    "demo",
                    RestSourceSettings.from(parsed),
                    new Secrets(environment::get, secretsDir),
                    sink,
                    health,
                    time);
        }
        ingestion.poll();
        return this;
    }

    /** The values of a field of every committed record, in order. */
    List<String> values(String field) {
        return sink.rowValues(field);
    }

    /** The status and message of the last run, e.g. {@code SUCCEEDED} or {@code FAILED <reason>}. */
    String lastRun() {
        return sink.runs.get((long) sink.runs.size());
    }
}
