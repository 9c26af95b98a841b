package id.satudata.hub.catalog.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure of a CKAN action, rendered as CKAN renders it: {@code error.__type} names the kind, and the status is
 * CKAN's for that kind (404 not found, 409 validation and search errors). A validation error carries, as in CKAN,
 * each offending parameter with its messages instead of a single {@code message}.
 */
public class CkanException extends RuntimeException {

    /** The kinds of failure CKAN's action API reports, with their status and {@code __type}. */
    public enum Kind {
        NOT_FOUND(HttpStatus.NOT_FOUND, "Not Found Error"),
        VALIDATION(HttpStatus.CONFLICT, "Validation Error"),
        SEARCH(HttpStatus.CONFLICT, "Search Error");

        final HttpStatus status;
        final String type;

        Kind(HttpStatus status, String type) {
            this.status = status;
            this.type = type;
        }
    }

    private final Kind kind;
    private final Map<String, Object> error = new LinkedHashMap<>();

    private CkanException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** CKAN's message is "Not found", followed by the detail when the action gives one. */
    public static CkanException notFound(String detail) {
        CkanException failure =
                new CkanException(Kind.NOT_FOUND, detail == null ? "Not found" : "Not found: " + detail);
        failure.error.put("message", failure.getMessage());
        return failure;
    }

    public static CkanException invalid(String parameter, String message) {
        CkanException failure = new CkanException(Kind.VALIDATION, parameter + ": " + message);
        failure.error.put(parameter, List.of(message));
        return failure;
    }

    public static CkanException search(String message) {
        CkanException failure = new CkanException(Kind.SEARCH, "Search error: " + message);
        failure.error.put("message", failure.getMessage());
        return failure;
    }

    public HttpStatus status() {
        return kind.status;
    }

    /** The {@code error} object of the response: {@code __type} first, then the details. */
    public Map<String, Object> error() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("__type", kind.type);
        body.putAll(error);
        return body;
    }
}
