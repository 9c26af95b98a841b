package id.satudata.hub.it.support;

import id.satudata.hub.routes.HubApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub started in this JVM as its main class starts it: on a random port, with its own data directory, the
 * given declared config and database. Close it before removing the data directory or database.
 */
public final class RunningHub implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final HubApi api;

    private RunningHub(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.api = new HubApi("http://localhost:" + port);
    }

    public static RunningHub start(Path dataDir, Path configDir, HubDatabase database) {
        return start(dataDir, configDir, database, List.of());
    }

    /** The hub with more command-line arguments, such as {@code --hub.registry.url=...}. */
    public static RunningHub start(Path dataDir, Path configDir, HubDatabase database, List<String> more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--hub.data-dir=" + dataDir.toAbsolutePath(),
                "--hub.config-dir=" + configDir.toAbsolutePath()));
        arguments.addAll(database.hubArguments());
        arguments.addAll(more);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HubApplication.class)
                .main(HubApplication.class)
                .run(arguments.toArray(String[]::new));
        return new RunningHub(context, dataDir);
    }

    public HubApi api() {
        return api;
    }

    /** The inbox, done and error folders of a file pipeline. */
    public FileDrop files(String pipelineId) {
        return new FileDrop(dataDir, pipelineId);
    }

    /** A bean of the running hub, for a test that must do what no API offers yet, such as deleting a record. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
