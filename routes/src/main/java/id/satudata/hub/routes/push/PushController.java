package id.satudata.hub.routes.push;

import id.satudata.hub.catalog.api.NativeApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The push API: agencies publish records to a dataset that has a push pipeline, and learn at once what became of
 * each. The body is read from the request's stream as it comes, never bound by Spring, so that its size is checked
 * while it arrives and its content type decides how it is read.
 */
@RestController
@NativeApi
@RequestMapping("/api/v1/datasets/{id}/records")
@Tag(name = "Push", description = "Agencies publishing records to a dataset")
public class PushController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final Pushes pushes;

    public PushController(Pushes pushes) {
        this.pushes = pushes;
    }

    @PostMapping
    @Operation(
            summary = "Push records: a JSON array (application/json), JSON Lines (application/x-ndjson) or CSV"
                    + " (text/csv); answers how many were stored, unchanged and rejected, with each rejection")
    public ResponseEntity<String> push(
            @PathVariable String id,
            @Parameter(description = "Makes a retried request apply once, for 24 hours")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey,
            HttpServletRequest request)
            throws IOException {
        return respond(pushes.push(
                id,
                request.getContentType(),
                request.getContentLengthLong(),
                request.getInputStream(),
                idempotencyKey));
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Delete one record by its key (the key fields' values joined with ':')")
    public ResponseEntity<String> delete(
            @PathVariable String id,
            @PathVariable String key,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return respond(pushes.delete(id, key, idempotencyKey));
    }

    private static ResponseEntity<String> respond(PushAnswer answer) {
        ResponseEntity.BodyBuilder response =
                ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").body(answer.body());
    }
}
