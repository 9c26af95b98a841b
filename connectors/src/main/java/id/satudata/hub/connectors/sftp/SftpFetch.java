package id.satudata.hub.connectors.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.apache.sshd.sftp.client.SftpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of an {@code sftp} pipeline: lists the agency's directory and downloads each included file that is new or
 * changed into the pipeline's inbox, where the file ingestion reads it (checksums, runs, done and error folders). A
 * download is written under a dot-name, which the inbox ignores, and renamed when complete; a file that changes
 * while it is being downloaded is left for the next poll. Run by a {@code RetryingPoller}: failures are thrown as
 * they are sorted, never swallowed.
 */
public final class SftpFetch implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SftpFetch.class);

    private final String pipelineId;
    private final SftpSourceSettings settings;
    private final SftpClients clients;
    private final DownloadedFiles downloaded;
    private final Path inbox;
    private final Consumer<RemoteListing> report;
    private final Clock clock;

    public SftpFetch(
            String pipelineId,
            SftpSourceSettings settings,
            SftpClients clients,
            DownloadedFiles downloaded,
            Path inbox,
            Consumer<RemoteListing> report,
            Clock clock) {
        this.pipelineId = pipelineId;
        this.settings = settings;
        this.clients = clients;
        this.downloaded = downloaded;
        this.inbox = inbox;
        this.report = report;
        this.clock = clock;
    }

    @Override
    public void run() {
        try (SftpClient sftp = clients.open()) {
            RemoteDirectory remote = new RemoteDirectory(sftp, settings.location(), settings.directory());
            List<RemoteFile> listed = remote.list(settings.files()::includes);
            downloaded.keepOnly(listed.stream().map(RemoteFile::name).toList());
            int fetched = 0;
            int unchanged = 0;
            for (RemoteFile file : listed) {
                if (downloaded.unchanged(file)) {
                    unchanged++;
                    afterDownload(remote, file); // when deleting or moving failed last time
                } else if (fetch(remote, file)) {
                    fetched++;
                }
            }
            report.accept(new RemoteListing(settings.location(), clock.instant(), listed.size(), fetched, unchanged));
        } catch (IOException e) {
            throw SftpSourceException.retriable(settings.location() + ": " + SftpClients.reason(e), e);
        }
    }

    private boolean fetch(RemoteDirectory remote, RemoteFile file) throws IOException {
        Path target = inbox.resolve(file.name());
        if (Files.exists(target)) {
            return false; // its last download is still waiting to be read: replacing it could lose that version
        }
        Path part = inbox.resolve("." + file.name() + ".part");
        try {
            RemoteFile after = remote.download(file, part);
            if (!after.equals(file) || Files.size(part) != file.size()) {
                LOG.info("pipeline {}: {} changed while it was downloaded; fetched at the next poll", pipelineId, file);
                return false;
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        downloaded.add(file);
        LOG.info(
                "pipeline {}: downloaded {} ({} bytes) from {}",
                pipelineId,
                file.name(),
                file.size(),
                settings.location());
        afterDownload(remote, file);
        return true;
    }

    private void afterDownload(RemoteDirectory remote, RemoteFile file) throws IOException {
        switch (settings.afterDownload().action()) {
            case KEEP -> {}
            case DELETE -> remote.delete(file);
            case MOVE -> remote.moveTo(file, settings.afterDownload().moveTo());
        }
    }
}
