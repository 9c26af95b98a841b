package id.satudata.hub.catalog.api.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/** The file formats of a download: media type, file extension and how rows are written. */
enum DownloadFormat {
    CSV("text/csv;charset=UTF-8"),
    JSONL("application/x-ndjson"),
    /** An Avro object container file; its records are the dataset's schema, so no store columns and no projection. */
    AVRO("application/avro");

    private final String mediaType;

    DownloadFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DownloadFormat named(String format) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.extension().equals(format))
                .findFirst()
                .orElseThrow(() -> new ApiException(
                                ApiErrorCode.INVALID_PARAMETER,
                                "format must be one of csv, jsonl, avro, got '" + format + "'")
                        .with("parameter", "format")
                        .with("value", format));
    }

    /** Refuses what the format cannot carry before anything is written. */
    void check(String fields) {
        if (this == AVRO && fields != null) {
            throw new ApiException(
                            ApiErrorCode.INVALID_PARAMETER,
                            "An Avro download holds whole records of the dataset's schema; 'fields' is for csv and jsonl")
                    .with("parameter", "fields")
                    .with("value", fields);
        }
    }

    RowWriter writer(OutputStream out, DatasetEntry dataset, RecordQuery query, ObjectMapper json) throws IOException {
        return switch (this) {
            case CSV -> new CsvRows(out, query.output());
            case JSONL -> new JsonLinesRows(json, out, query.output());
            case AVRO -> new AvroRows(out, dataset.schema(), query.columns().fields());
        };
    }
}
