package id.satudata.hub.catalog.dcat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * An agency (OPD) as portals see it: a CKAN organization and a DCAT publisher. The hub keeps only the producer's
 * name on each dataset, so the agency's URL-safe name and its UUID are derived from that name, and stay the same
 * for as long as the name does.
 *
 * @param name lower-case slug, e.g. {@code bps-jawa-barat} for "BPS Jawa Barat"
 * @param title the producer's name as the datasets record it
 */
public record Agency(String name, String title, UUID id) {

    /** The agency of a dataset: its producer, or the catalogue's publisher when no producer is recorded. */
    public static Agency of(String producer, PortalSettings settings) {
        String title = producer == null || producer.isBlank() ? settings.publisherName() : producer.trim();
        String name = slug(title);
        return new Agency(name, title, stableId("organization", name));
    }

    /** A UUID that a name always maps to, so that ids survive restarts without being stored. */
    public static UUID stableId(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "agency-" + stableId("title", title).toString().substring(0, 8) : slug;
    }
}
