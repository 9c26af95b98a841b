package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.databind.node.TextNode;
import id.satudata.hub.catalog.dcat.DatasetLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders every failure of the CKAN API as CKAN does, never as the native API's problem+json: action failures in
 * the envelope with {@code success: false} and {@code error.__type}, and requests CKAN cannot read (a body that is
 * not a JSON object, a method it does not serve) as a 400 whose body is a JSON string. Scoped to this package.
 */
@RestControllerAdvice(basePackageClasses = CkanErrorHandler.class)
public class CkanErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(CkanErrorHandler.class);

    @ExceptionHandler(CkanException.class)
    ResponseEntity<CkanResponse> refused(CkanException failure, HttpServletRequest request) {
        return ResponseEntity.status(failure.status()).body(CkanResponse.failed(help(request), failure.error()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<TextNode> unreadable(HttpMessageNotReadableException failure) {
        return ResponseEntity.badRequest()
                .body(TextNode.valueOf("Bad request - JSON Error: the request data must be a JSON object"));
    }

    /** Requests the web layer refused keep its status; anything else is a fault of the hub, logged once here. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<?> unexpected(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            return ResponseEntity.status(refused.getStatusCode())
                    .body(TextNode.valueOf("Bad request - " + refused.getBody().getDetail()));
        }
        log.error("CKAN request {} failed", request.getRequestURI(), failure);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "Internal Server Error");
        error.put("message", "Internal Server Error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(CkanResponse.failed(help(request), error));
    }

    private static String help(HttpServletRequest request) {
        String path = request.getRequestURI();
        String action = path.substring(path.lastIndexOf('/') + 1);
        return CkanActionController.help(DatasetLinks.ofCurrentRequest(), action);
    }
}
