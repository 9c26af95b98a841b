package id.satudata.hub.it.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An npm project of third-party clients (see {@link TestPaths#npmClients()}): installed from its lockfile and its
 * scripts run with Node.js as processes of their own, each line they print passed on to the test log as it comes,
 * and kept, so that a failure shows what the scripts said. {@code scripts/test-env.sh} installs Node.js and runs
 * {@code npm ci}; {@link #installIfMissing} does the latter for a build run without it.
 */
public final class NodeProject {

    private static final Logger LOG = LoggerFactory.getLogger(NodeProject.class);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private final Path dir;

    private NodeProject(Path dir) {
        this.dir = dir;
    }

    public static NodeProject at(Path dir) {
        return new NodeProject(dir);
    }

    /** The exit code and everything the process printed, standard error included. */
    public record Run(int exitCode, String output) {}

    /** Runs {@code npm ci} (exactly the lockfile's versions) when {@code node_modules/} is missing. */
    public void installIfMissing() {
        if (Files.isDirectory(dir.resolve("node_modules"))) {
            return;
        }
        Run install = run(Map.of(), INSTALL_TIMEOUT, List.of("npm", "ci", "--no-audit", "--no-fund"));
        if (install.exitCode() != 0) {
            throw new AssertionError(
                    "npm ci in " + dir + " exited with " + install.exitCode() + ":\n" + install.output());
        }
    }

    /**
     * Runs the command in the project's directory with the extra environment, and waits for it; kills it and its
     * children, and fails with what it printed, when it is still running after {@code timeout}.
     */
    public Run run(Map<String, String> environment, Duration timeout, List<String> command) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException failure) {
            throw new IllegalStateException(
                    command.get(0) + " could not start in " + dir + " (scripts/test-env.sh installs Node.js and npm)",
                    failure);
        }
        StringBuffer output = new StringBuffer();
        Thread pump = new Thread(() -> pump(process, command.get(0), output), command.get(0) + "-output");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                pump.join(Duration.ofSeconds(5).toMillis());
                throw new AssertionError(
                        String.join(" ", command) + " was still running after " + timeout + ":\n" + output);
            }
            pump.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while " + String.join(" ", command) + " ran", interrupted);
        }
        return new Run(process.exitValue(), output.toString());
    }

    private static void pump(Process process, String name, StringBuffer output) {
        try (BufferedReader lines = process.inputReader(UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                LOG.info("[{}] {}", name, line);
                output.append(line).append('\n');
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
