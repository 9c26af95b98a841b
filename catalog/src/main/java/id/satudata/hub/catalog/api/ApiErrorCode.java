package id.satudata.hub.catalog.api;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/** The stable error codes of the native API; clients depend on the {@link #code()} values, never rename them. */
public enum ApiErrorCode {
    DATASET_NOT_FOUND(HttpStatus.NOT_FOUND, "Dataset not found"),
    RECORD_NOT_FOUND(HttpStatus.NOT_FOUND, "Record not found"),
    PIPELINE_NOT_FOUND(HttpStatus.NOT_FOUND, "Pipeline not found"),
    SCHEMA_VERSION_NOT_FOUND(HttpStatus.NOT_FOUND, "Schema version not found"),
    REGION_NOT_FOUND(HttpStatus.NOT_FOUND, "Region not found"),
    REFERENCE_NOT_FOUND(HttpStatus.NOT_FOUND, "Reference set not found"),
    INVALID_FILTER(HttpStatus.BAD_REQUEST, "Invalid filter value"),
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST, "Unknown field"),
    UNKNOWN_OPERATOR(HttpStatus.BAD_REQUEST, "Unknown filter operator"),
    INVALID_CURSOR(HttpStatus.BAD_REQUEST, "Invalid cursor"),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "Invalid parameter"),
    /** The pipeline exists but cannot do what was asked (a snapshot of a file pipeline, of a failed engine). */
    PIPELINE_CONFLICT(HttpStatus.CONFLICT, "Pipeline cannot do this now"),
    /** The dataset takes no pushed records: no pipeline with {@code source: {kind: push}} fills it. */
    PUSH_NOT_ENABLED(HttpStatus.CONFLICT, "Push not enabled"),
    /** The body does not parse in its content type; the problem says where. */
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "Malformed body"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Body too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type"),
    /** An {@code Idempotency-Key} already used for another request within its retention. */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused"),
    /** A new pipeline whose id is taken. */
    PIPELINE_EXISTS(HttpStatus.CONFLICT, "Pipeline exists"),
    /** A pipeline declaration with mistakes; the problem lists every one under {@code problems}. */
    INVALID_PIPELINE(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid pipeline declaration"),
    /** A request the web layer refused before the API saw it; the problem keeps the web layer's status. */
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final HttpStatus status;
    private final String title;

    ApiErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The snake_case code carried in every problem body as {@code code}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
