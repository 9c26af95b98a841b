package id.satudata.hub.connectors.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadedFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldRememberFilesAcrossInstancesUntilTheyAreNoLongerListed() {
        Path record = dir.resolve("sftp/opd/downloaded.properties");
        RemoteFile miskin = new RemoteFile("miskin = 2020.csv", 120, 1_700_000_000_000L);
        DownloadedFiles.at(record).add(miskin);

        DownloadedFiles reopened = DownloadedFiles.at(record);
        assertThat(reopened.unchanged(miskin)).isTrue();
        assertThat(reopened.unchanged(new RemoteFile(miskin.name(), 121, miskin.modified())))
                .isFalse();

        reopened.keepOnly(List.of("lain.csv"));
        assertThat(DownloadedFiles.at(record).unchanged(miskin)).isFalse();
    }

    @Test
    void shouldSayHowToRecoverFromADamagedRecord() throws IOException {
        Path record = dir.resolve("downloaded.properties");
        Files.writeString(record, "miskin.csv=banyak\n");

        assertThatThrownBy(() -> DownloadedFiles.at(record))
                .hasMessageContaining("damaged at 'miskin.csv'")
                .hasMessageContaining("delete it");
    }
}
