package id.satudata.hub.catalog.registry.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.satudata.hub.schemas.registry.RegistryException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders every failure of the registry API as Confluent does, {@code {"error_code": n, "message": "..."}} with its
 * status, never as the native API's problem+json: Confluent clients read {@code error_code}. Scoped to this package.
 */
@RestControllerAdvice(basePackageClasses = RegistryErrorHandler.class)
public class RegistryErrorHandler {

    /** Confluent's error body. */
    public record ErrorBody(@JsonProperty("error_code") int errorCode, String message) {}

    static final MediaType V1_JSON = MediaType.parseMediaType(RegistryMediaTypes.V1_JSON);
    static final int STORE_ERROR = 50001;

    private static final Logger log = LoggerFactory.getLogger(RegistryErrorHandler.class);

    @ExceptionHandler(RegistryException.class)
    ResponseEntity<ErrorBody> refused(RegistryException failure, HttpServletRequest request) {
        if (failure.httpStatus() >= 500) {
            log.error("Registry request {} failed", request.getRequestURI(), failure);
        }
        return body(failure.httpStatus(), failure.errorCode(), failure.getMessage());
    }

    /** A query parameter of the wrong type, such as {@code deleted=maybe}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> badParameter(MethodArgumentTypeMismatchException failure) {
        return body(400, 400, "Invalid value '" + failure.getValue() + "' for parameter '" + failure.getName() + "'");
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ErrorBody> store(DataAccessException failure, HttpServletRequest request) {
        log.error("Registry request {} failed in the store", request.getRequestURI(), failure);
        return body(500, STORE_ERROR, "Error in the backend data store");
    }

    /** Requests the web layer refused keep its status; anything else is a fault of the hub, logged once here. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            int status = refused.getStatusCode().value();
            HttpStatus known = HttpStatus.resolve(status);
            return body(status, status, "HTTP " + status + (known == null ? "" : " " + known.getReasonPhrase()));
        }
        log.error("Registry request {} failed", request.getRequestURI(), failure);
        return body(500, STORE_ERROR, "Internal Server Error");
    }

    private static ResponseEntity<ErrorBody> body(int status, int errorCode, String message) {
        return ResponseEntity.status(status).contentType(V1_JSON).body(new ErrorBody(errorCode, message));
    }
}
