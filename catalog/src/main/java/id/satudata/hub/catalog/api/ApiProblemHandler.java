package id.satudata.hub.catalog.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders every failure of the native API as RFC 9457 {@code application/problem+json} with a stable {@code code}.
 * Scoped to this package and to controllers marked {@link NativeApi}, so that other APIs (the Confluent-compatible
 * registry) keep their own error bodies.
 */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class, annotations = NativeApi.class)
public class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> apiFailure(ApiException failure, HttpServletRequest request) {
        ApiErrorCode code = failure.code();
        return problem(code, code.status(), failure.getMessage(), failure.properties(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(
            MethodArgumentTypeMismatchException failure, HttpServletRequest request) {
        String expected = failure.getRequiredType() == null
                ? "of another type"
                : "of type " + failure.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT);
        String detail =
                "Parameter '" + failure.getName() + "' must be " + expected + ", got '" + failure.getValue() + "'";
        Map<String, Object> properties =
                Map.of("parameter", failure.getName(), "value", String.valueOf(failure.getValue()));
        ApiErrorCode code = ApiErrorCode.INVALID_PARAMETER;
        return problem(code, code.status(), detail, properties, request);
    }

    /** Requests the web layer refused keep its status; anything else is a fault of the hub, logged once here. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            String detail = refused.getBody().getDetail();
            return problem(ApiErrorCode.INVALID_REQUEST, refused.getStatusCode(), detail, Map.of(), request);
        }
        log.error("Request {} failed", request.getRequestURI(), failure);
        ApiErrorCode code = ApiErrorCode.INTERNAL_ERROR;
        return problem(code, code.status(), "The request could not be served", Map.of(), request);
    }

    private static ResponseEntity<ProblemDetail> problem(
            ApiErrorCode code,
            HttpStatusCode status,
            String detail,
            Map<String, Object> properties,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(code.title());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.code());
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
