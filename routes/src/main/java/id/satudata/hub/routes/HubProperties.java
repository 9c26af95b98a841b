package id.satudata.hub.routes;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the hub keeps its data and reads its declarations.
 *
 * @param dataDir the embedded database, and per file pipeline its {@code inbox/}, {@code done/} and
 *     {@code error/} folders
 * @param configDir {@code datasets/} and {@code pipelines/} YAML declarations (README, "Declaring datasets")
 * @param secretsDir where relative {@code ${file:...}} secret references of pipelines are read; {@code null} for
 *     {@code <data-dir>/secrets}
 */
@ConfigurationProperties(prefix = "hub")
public record HubProperties(
        @DefaultValue("data") Path dataDir, @DefaultValue("config") Path configDir, Path secretsDir) {

    /** Where relative {@code ${file:...}} secret references are read: {@code secrets-dir}, or under the data. */
    public Path secrets() {
        return secretsDir != null ? secretsDir : dataDir.resolve("secrets");
    }

    public Path inbox(String pipelineId) {
        return dataDir.resolve("inbox").resolve(pipelineId);
    }

    public Path done(String pipelineId) {
        return dataDir.resolve("done").resolve(pipelineId);
    }

    public Path error(String pipelineId) {
        return dataDir.resolve("error").resolve(pipelineId);
    }
}
