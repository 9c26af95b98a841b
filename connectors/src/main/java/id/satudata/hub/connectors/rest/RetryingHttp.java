package id.satudata.hub.connectors.rest;

import id.satudata.hub.connectors.config.Durations;
import id.satudata.hub.connectors.ingest.SourceHealth;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a source's requests at its rate limit and retries those that fail in a way retrying can fix (network
 * errors, timeouts, 408, 429, 5xx) by its {@link RetryPolicy}, showing the source degraded meanwhile; any other
 * non-2xx answer fails at once. Messages name the URL without its credentials. Thread-safe.
 */
final class RetryingHttp {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingHttp.class);

    private final HttpClient client;
    private final RateLimiter limiter;
    private final RetryPolicy policy;
    private final TimeSource time;
    private final SourceHealth health;
    private final Set<String> hiddenParams;
    private final SecretMask mask;

    RetryingHttp(
            HttpClient client,
            RateLimiter limiter,
            RetryPolicy policy,
            TimeSource time,
            SourceHealth health,
            Set<String> hiddenParams,
            SecretMask mask) {
        this.client = client;
        this.limiter = limiter;
        this.policy = policy;
        this.time = time;
        this.health = health;
        this.hiddenParams = Set.copyOf(hiddenParams);
        this.mask = mask;
    }

    /** The 2xx response to the request, which is built anew for every attempt (a token may have changed). */
    HttpResponse<String> send(Supplier<HttpRequest> requests) {
        for (int retry = 0; ; retry++) {
            HttpRequest request = requests.get();
            String what = request.method() + " " + describe(request.uri());
            Optional<Duration> asked = Optional.empty();
            try {
                limiter.acquire();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return response;
                }
                what += " answered " + status;
                if (!RetryPolicy.retriable(status)) {
                    throw RestSourceException.rejected(what, status);
                }
                asked = RetryPolicy.retryAfter(response.headers().firstValue("Retry-After"), time.now());
            } catch (IOException e) {
                what += " failed: " + reason(e, request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw RestSourceException.retriable(what + " interrupted: the hub is stopping");
            }
            if (retry == policy.retries()) {
                throw RestSourceException.retriable(what + " (gave up after " + (retry + 1) + " attempts)");
            }
            int next = retry + 1;
            pause(what, next, asked.orElseGet(() -> policy.backoff(next)));
        }
    }

    /** A URI as messages show it. */
    String describe(URI uri) {
        return SafeUrl.describe(uri, hiddenParams);
    }

    private void pause(String what, int retry, Duration wait) {
        String message =
                mask.mask(what + "; retry " + retry + " of " + policy.retries() + " in " + Durations.format(wait));
        LOG.warn(message);
        health.degraded(message);
        try {
            time.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RestSourceException.retriable(what + "; interrupted while waiting to retry: the hub is stopping");
        }
    }

    private static String reason(IOException e, HttpRequest request) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within "
                    + request.timeout().map(Durations::format).orElse("the timeout");
        }
        if (e instanceof ConnectException) {
            return "cannot connect";
        }
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
