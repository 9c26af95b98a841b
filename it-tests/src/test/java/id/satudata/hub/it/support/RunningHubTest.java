package id.satudata.hub.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the black-box tests: one hub per test class, started on the database the subclass picks, with a fresh
 * data directory and the repository's declared config; stopped, and its database dropped, after the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RunningHubTest {

    private HubDatabase database;
    private RunningHub hub;

    /** The database of this class's hub; called once, before the hub starts. */
    protected abstract HubDatabase database();

    /** The config directory of this class's hub: the repository's declared config unless a class makes its own. */
    protected Path configDir(Path dataDir) {
        return TestPaths.repoConfig();
    }

    /** More command-line arguments of this class's hub, such as reference sets; none unless a class adds some. */
    protected List<String> hubArguments() {
        return List.of();
    }

    @BeforeAll
    protected final void startHub(@TempDir Path dataDir) {
        database = database();
        hub = RunningHub.start(dataDir, configDir(dataDir), database, hubArguments());
    }

    @AfterAll
    protected final void stopHub() {
        if (hub != null) {
            hub.close();
        }
        if (database != null) {
            database.close();
        }
    }

    protected final HubApi api() {
        return hub.api();
    }

    protected final FileDrop files(String pipelineId) {
        return hub.files(pipelineId);
    }

    /** Drops the file into the pipeline's inbox and waits for the run it starts to finish. */
    protected final PipelineRun ingest(String pipelineId, Path file, String name) {
        try {
            return ingest(pipelineId, Files.readAllBytes(file), name);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Drops the content as a file into the pipeline's inbox and waits for the run it starts to finish. */
    protected final PipelineRun ingest(String pipelineId, byte[] content, String name) {
        long lastRun = api().lastRunId(pipelineId);
        files(pipelineId).drop(content, name);
        return api().awaitRunAfter(pipelineId, lastRun);
    }
}
