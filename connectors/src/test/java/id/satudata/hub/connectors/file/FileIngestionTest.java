package id.satudata.hub.connectors.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.connectors.file.csv.CsvFormat;
import id.satudata.hub.connectors.ingest.LoadProgress;
import id.satudata.hub.connectors.ingest.RecordingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestionTest {

    private static final ReadOptions COMMA = ReadOptions.csv(new CsvFormat(',', '"', StandardCharsets.UTF_8, 0));

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    @Test
    void shouldDeliverRowsInBatchesEachWithTheCommittedPosition() throws IOException {
        Path file = write("a.csv", "n\n1\n2\n3\n4\n5\n");

        ingestion(2).ingest(file);

        assertThat(sink.batches).extracting(List::size).containsExactly(2, 2, 1);
        String checksum = FileChecksum.sha256(file);
        assertThat(sink.position).isEqualTo("sha256:" + checksum + "@5");
        assertThat(sink.runs).containsEntry(1L, "SUCCEEDED a.csv");
        assertThat(sink.ingested).containsExactly(checksum);
    }

    @Test
    void shouldReportProgressOncePerBatchWithTheFileSizeAndBytesRead() throws IOException {
        Path file = write("a.csv", "n\n1\n2\n3\n4\n5\n");

        ingestion(2).ingest(file);

        assertThat(sink.progress).extracting(LoadProgress::rowsRead).containsExactly(0L, 2L, 4L, 5L);
        assertThat(sink.progress).allSatisfy(progress -> {
            assertThat(progress.bytesTotal()).isEqualTo(12L);
            assertThat(progress.rowsTotal()).isNull();
        });
        assertThat(sink.progress.get(sink.progress.size() - 1).bytesRead()).isEqualTo(12L);
    }

    @Test
    void shouldNotApplyAFileWithTheSameContentTwice() throws IOException {
        ingestion(10).ingest(write("a.csv", "n\n1\n"));
        ingestion(10).ingest(write("b.csv", "n\n1\n"));

        assertThat(sink.batches).hasSize(1);
        assertThat(sink.runs.get(2L)).startsWith("DUPLICATE b.csv has the same content");
    }

    @Test
    void shouldResumeAfterTheLastCommittedRowWhenAFileIsRetriedAfterACrash() throws IOException {
        Path file = write("a.csv", "n\n1\n2\n3\n4\n5\n");
        sink.failAfterBatches = 1;
        assertThatThrownBy(() -> ingestion(2).ingest(file)).hasMessageContaining("store unavailable");
        assertThat(sink.runs.get(1L)).startsWith("FAILED");

        sink.failAfterBatches = Integer.MAX_VALUE;
        ingestion(2).ingest(file);

        assertThat(sink.rowValues("n")).containsExactly("1", "2", "3", "4", "5");
        assertThat(sink.runs.get(2L)).isEqualTo("SUCCEEDED a.csv");
    }

    @Test
    void shouldFailTheRunWithTheReasonWhenTheFileCannotBeRead() throws IOException {
        Path file = write("bad.csv", "x,y\n1,2\n");

        assertThatThrownBy(() -> ingestion(10).ingest(file)).isInstanceOf(UnreadableFileException.class);

        assertThat(sink.runs.get(1L)).startsWith("FAILED bad.csv: the header lacks the column(s) [n]");
        assertThat(sink.batches).isEmpty();
    }

    @Test
    void shouldCommitAnEmptyBatchForAFileWithOnlyAHeader() throws IOException {
        ingestion(10).ingest(write("empty.csv", "n\n"));

        assertThat(sink.batches).containsExactly(List.of());
        assertThat(sink.runs.get(1L)).isEqualTo("SUCCEEDED empty.csv");
    }

    private FileIngestion ingestion(int batchSize) {
        return new FileIngestion("p", COMMA, batchSize, List.of("n"), sink);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
