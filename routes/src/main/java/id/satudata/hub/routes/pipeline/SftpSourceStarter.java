package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.Backoff;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.RetryingPoller;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.connectors.sftp.DownloadedFiles;
import id.satudata.hub.connectors.sftp.FetchBeforeEachPoll;
import id.satudata.hub.connectors.sftp.RemoteListing;
import id.satudata.hub.connectors.sftp.SftpClients;
import id.satudata.hub.connectors.sftp.SftpFailureClassifier;
import id.satudata.hub.connectors.sftp.SftpFetch;
import id.satudata.hub.connectors.sftp.SftpServer;
import id.satudata.hub.connectors.sftp.SftpSourceSettings;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.PipelineDefinition;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;

/**
 * SFTP pipelines: each fetches the agency's new or changed files into its own inbox, where they are ingested as a
 * file pipeline's are. What it downloaded is remembered in {@code <data-dir>/sftp/<pipeline>/downloaded.properties}.
 * A secret reference that cannot be resolved keeps the pipeline from starting.
 */
@Configuration(proxyBeanMethods = false)
public class SftpSourceStarter implements RoutedSourceStarter {

    private static final Logger LOG = LoggerFactory.getLogger(SftpSourceStarter.class);
    /** How often the inbox is looked at, and so how soon a retry after a failure can come. */
    private static final Duration LONGEST_LOOK = Duration.ofSeconds(1);

    private final CamelContext camel;
    private final FileSourceStarter files;
    private final HubProperties properties;
    private final PipelineStates states;
    private final Secrets secrets;
    private final Map<String, SftpClients> clients = new ConcurrentHashMap<>();
    private final Map<String, RetryingPoller> fetches = new ConcurrentHashMap<>();

    public SftpSourceStarter(
            CamelContext camel, FileSourceStarter files, HubProperties properties, PipelineStates states) {
        this.camel = camel;
        this.files = files;
        this.properties = properties;
        this.states = states;
        this.secrets = Secrets.of(properties.secrets());
    }

    @Override
    public String kind() {
        return "sftp";
    }

    @Override
    public void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth health) throws Exception {
        SftpSourceSettings settings = pipeline.typedSource(SftpSourceSettings.class);
        revealNow(settings.server());
        if (!settings.server().hostKeys().enabled()) {
            LOG.warn(
                    "pipeline {}: host-key-check is false: any server answering at {} is trusted",
                    pipeline.id(),
                    settings.server().address());
        }
        String id = pipeline.id();
        SftpPipelineStatus status =
                new SftpPipelineStatus(id, health, states, RemoteListing.notYet(settings.location()));
        DownloadedFiles downloaded = DownloadedFiles.at(
                properties.dataDir().resolve("sftp").resolve(id).resolve("downloaded.properties"));
        SftpClients client = SftpClients.start(settings.server(), secrets);
        clients.put(id, client);
        try {
            SftpFetch fetch =
                    new SftpFetch(id, settings, client, downloaded, properties.inbox(id), status, Clock.systemUTC());
            RetryingPoller poller = new RetryingPoller(
                    "pipeline " + id,
                    fetch,
                    new SftpFailureClassifier(),
                    status,
                    pipeline.pollInterval(),
                    Backoff.DEFAULT,
                    Clock.systemUTC());
            files.addInboxRoute(pipeline, settings.files(), sink, look(pipeline), new FetchBeforeEachPoll(poller));
            fetches.put(id, poller);
        } catch (Exception e) {
            clients.remove(id).close();
            throw e;
        }
    }

    private static Duration look(PipelineDefinition pipeline) {
        return pipeline.pollInterval().compareTo(LONGEST_LOOK) < 0 ? pipeline.pollInterval() : LONGEST_LOOK;
    }

    /** A missing variable or secret file is a mistake of the set-up: said at start, not at the first poll. */
    private void revealNow(SftpServer server) {
        Stream.of(server.password(), server.privateKey(), server.passphrase())
                .filter(Objects::nonNull)
                .forEach(secrets::reveal);
    }

    @Override
    public CamelContext camel() {
        return camel;
    }

    /** Fetches from the agency at the next look at the inbox, which is now. */
    @Override
    public void runNow(String pipelineId) {
        RetryingPoller fetch = fetches.get(pipelineId);
        if (fetch == null || !fetch.pollNow()) {
            throw new IllegalStateException(
                    "pipeline " + pipelineId + " stopped fetching after a permanent failure; fix it and replace it");
        }
        files.runNow(pipelineId);
    }

    @Override
    public void remove(String pipelineId) throws Exception {
        fetches.remove(pipelineId);
        IngestRoutes.remove(camel, pipelineId);
        SftpClients client = clients.remove(pipelineId);
        if (client != null) {
            client.close();
        }
    }
}
