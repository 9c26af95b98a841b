package id.satudata.hub.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.ingest.RecordingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceRouteTemplateTest {

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();
    private CamelContext camel;

    @BeforeEach
    void startRoute() throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new FileSourceRouteTemplate());
        camel.start();
        FileIngestion ingestion =
                new FileIngestion("demo", new CsvFormat(',', '"', StandardCharsets.UTF_8, 0), 100, List.of("n"), sink);
        FileSourceRouteTemplate.addRoute(
                camel,
                "demo",
                inbox(),
                dir.resolve("done"),
                dir.resolve("error"),
                Duration.ofMillis(50),
                name -> name.endsWith(".csv"),
                ingestion);
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void shouldIngestADroppedFileAndMoveItToDone() throws IOException {
        assertThat(camel.getRoute("ingest-demo")).isNotNull();

        drop("rows.csv", "n\n1\n2\n");

        assertThat(sink.rowValues("n")).containsExactly("1", "2");
        assertThat(awaitFiles("done", 1)).singleElement().satisfies(name -> assertThat(name)
                .endsWith("-rows.csv"));
        assertThat(namesIn("error")).isEmpty();
    }

    @Test
    void shouldMoveAnUnreadableFileToErrorWithTheReasonInItsRun() throws IOException {
        drop("broken.csv", "a,b\n1,2\n");

        assertThat(awaitFiles("error", 1)).singleElement().satisfies(name -> assertThat(name)
                .endsWith("-broken.csv"));
        assertThat(sink.runs.values()).singleElement().asString().startsWith("FAILED broken.csv: the header lacks");
    }

    @Test
    void shouldKeepBothCopiesWhenAFileOfTheSameNameIsDroppedTwice() throws IOException {
        drop("rows.csv", "n\n1\n");
        drop("rows.csv", "n\n1\n");

        assertThat(awaitFiles("done", 2)).hasSize(2);
        assertThat(sink.runs.values()).last().asString().startsWith("DUPLICATE");
    }

    /** Writes under a dot-name, which the route ignores, renames, and waits until the route has handled it. */
    private void drop(String name, String text) throws IOException {
        NotifyBuilder handled = new NotifyBuilder(camel).whenDone(1).create();
        Path hidden = Files.writeString(inbox().resolve("." + name), text);
        Files.move(hidden, inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
        assertThat(handled.matches(20, TimeUnit.SECONDS)).as("file handled").isTrue();
    }

    /** The route moves a file after the exchange is done, so the move is awaited, not assumed. */
    private List<String> awaitFiles(String folder, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> namesIn(folder), names -> names.size() >= count);
    }

    private Path inbox() throws IOException {
        return Files.createDirectories(dir.resolve("inbox"));
    }

    private List<String> namesIn(String folder) throws IOException {
        Path path = dir.resolve(folder);
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
