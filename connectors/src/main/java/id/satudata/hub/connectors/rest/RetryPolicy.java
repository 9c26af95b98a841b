package id.satudata.hub.connectors.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How often and after how long a failed request is tried again: exponential backoff from {@code initial}, doubled
 * per retry up to {@code max}, with jitter (a random half of each wait) so that sources failing together do not
 * retry together; a server's {@code Retry-After} (seconds or an HTTP date) is honoured instead.
 *
 * @param retries retries after the first attempt; 0 fails at the first retriable failure
 * @param random a number in [0, 1) per wait
 */
record RetryPolicy(int retries, Duration initial, Duration max, DoubleSupplier random) {

    /** Whether a response status is worth retrying: a timeout, too many requests, or a server error. */
    static boolean retriable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** The wait before retry number {@code retry} (1-based) without a {@code Retry-After}. */
    Duration backoff(int retry) {
        long ceiling = initial.toMillis() << Math.min(retry - 1, 30);
        long full = Math.min(ceiling < 0 ? Long.MAX_VALUE : ceiling, max.toMillis());
        return Duration.ofMillis(full / 2 + (long) (random.getAsDouble() * (full - full / 2)));
    }

    /** The wait a {@code Retry-After} header asks for, if it is readable; a date in the past asks for none. */
    static Optional<Duration> retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
