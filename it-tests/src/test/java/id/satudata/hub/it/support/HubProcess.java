package id.satudata.hub.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub jar run as an operating-system process of its own, so that a test can kill it as a crash would
 * ({@code SIGKILL}: no shutdown hook, no last commit). Its port is the one it reports in its log.
 */
public final class HubProcess implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    private final Path dataDir;
    private final HubApi api;

    private HubProcess(Process process, Path log, Path dataDir, int port) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.api = new HubApi("http://localhost:" + port);
    }

    /** Starts the hub on the database, with its data under {@code dataDir}, and waits until it is ready. */
    public static HubProcess start(Path dataDir, Path configDir, HubDatabase database, String logName) {
        Path log = dataDir.resolve(logName);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                TestPaths.hubJar().toString(),
                "--server.port=0",
                "--hub.data-dir=" + dataDir.toAbsolutePath(),
                "--hub.config-dir=" + configDir.toAbsolutePath()));
        command.addAll(database.hubArguments());
        try {
            Files.createDirectories(dataDir);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            int port = await("the hub's port in " + log)
                    .atMost(START_TIMEOUT)
                    .until(() -> portIn(log, process), Optional::isPresent)
                    .orElseThrow();
            HubProcess hub = new HubProcess(process, log, dataDir, port);
            await("the hub ready")
                    .atMost(START_TIMEOUT)
                    .until(() -> hub.api.get("/actuator/health/readiness").status() == 200);
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Integer> portIn(Path log, Process process) throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "the hub exited with " + process.exitValue() + ":\n" + Files.readString(log));
        }
        Matcher port = PORT.matcher(Files.readString(log));
        return port.find() ? Optional.of(Integer.parseInt(port.group(1))) : Optional.empty();
    }

    public HubApi api() {
        return api;
    }

    /** The inbox, done and error folders of a file pipeline of this hub. */
    public FileDrop files(String pipelineId) {
        return new FileDrop(dataDir, pipelineId);
    }

    /** Kills the hub as a crash would, and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the hub in " + log + " stopped", e);
        }
    }
}
