package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The parts of one REST pipeline's source, made from its settings: which page to request, how to request it and
 * how to read it. Made once per pipeline, so that its rate limit and OAuth2 token outlive a run.
 */
record RestSource(
        URI url,
        Pagination pagination,
        PageReader reader,
        PageClient client,
        SecretMask mask,
        String watermarkField,
        String watermarkParam) {

    /** The polls of a pipeline's REST source, delivering into the sink and reporting to the health. */
    static RestIngestion ingestion(
            String pipelineId,
            RestSourceSettings settings,
            Secrets secrets,
            IngestSink sink,
            SourceHealth health,
            TimeSource time) {
        RestAuthSettings authSettings = settings.auth();
        SecretMask mask = new SecretMask(secrets, authSettings.secrets());
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        RetryPolicy retries = new RetryPolicy(
                settings.retries(),
                settings.retryBackoff(),
                settings.retryMaxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
        RetryingHttp http = new RetryingHttp(
                client,
                new RateLimiter(settings.rateLimit(), time),
                retries,
                time,
                health,
                authSettings.credentialParams(),
                mask);
        Auth auth = authSettings.auth(secrets, http, time, settings.timeout());
        RestSource source = new RestSource(
                settings.url(),
                settings.paging().pagination(authSettings.credentialParams()),
                new PageReader(settings.records(), settings.flatten()),
                new PageClient(http, auth, settings.timeout()),
                mask,
                settings.watermarkField(),
                settings.watermarkParam());
        return new RestIngestion(pipelineId, source, sink, health);
    }

    /** The URI of the page a pointer names, with the run's watermark when the source is incremental. */
    URI pageUri(String pointer, String watermark) {
        URI page = pagination.uri(url, pointer);
        return watermark == null || watermarkParam == null ? page : SafeUrl.withParam(page, watermarkParam, watermark);
    }

    /** The highest watermark after these records, or {@code null} when the source is not incremental. */
    String highest(String current, List<SourceRecord> records) {
        return watermarkField == null ? null : Watermarks.max(current, records, watermarkField);
    }
}
