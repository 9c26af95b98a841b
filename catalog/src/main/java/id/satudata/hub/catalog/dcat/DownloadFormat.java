package id.satudata.hub.catalog.dcat;

import java.util.Locale;

/**
 * The download formats of {@code /api/v1/datasets/{id}/download?format=}, as portals label them: the CKAN resource
 * format and the media type of the DCAT distribution.
 */
public enum DownloadFormat {
    CSV("CSV", "text/csv"),
    JSONL("JSONL", "application/jsonl"),
    AVRO("Avro", "application/avro");

    private final String label;
    private final String mediaType;

    DownloadFormat(String label, String mediaType) {
        this.label = label;
        this.mediaType = mediaType;
    }

    /** The value of the download's {@code format} parameter. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type as an IRI in IANA's registry, the form DCAT-AP asks {@code dcat:mediaType} to take. */
    public String mediaTypeIri() {
        return "https://www.iana.org/assignments/media-types/" + mediaType;
    }
}
