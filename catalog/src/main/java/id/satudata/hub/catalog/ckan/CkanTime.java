package id.satudata.hub.catalog.ckan;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps as CKAN writes them, UTC without an offset and with microseconds ({@code 2020-06-22T14:21:39.686932}),
 * because CKAN clients parse them with exactly that pattern.
 */
final class CkanTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private CkanTime() {}

    static String format(Instant time) {
        return time == null ? null : FORMAT.format(time);
    }
}
