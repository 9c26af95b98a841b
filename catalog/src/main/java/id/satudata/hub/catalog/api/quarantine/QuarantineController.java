package id.satudata.hub.catalog.api.quarantine;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.Paging;
import id.satudata.hub.catalog.api.dataset.DatasetRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/datasets/{id}/quarantine")
@Tag(name = "Quarantine", description = "Raw records that could not be conformed, with their reasons")
public class QuarantineController {

    private final DatasetRepository datasets;
    private final QuarantineRepository quarantine;

    public QuarantineController(DatasetRepository datasets, QuarantineRepository quarantine) {
        this.datasets = datasets;
        this.quarantine = quarantine;
    }

    @GetMapping
    @Operation(summary = "List a dataset's quarantined records, newest first, optionally of one run")
    public ResponseEntity<QuarantinePage> list(
            @PathVariable String id,
            @Parameter(description = "Entries per page, 1 to " + Paging.MAX_LIMIT) @RequestParam(defaultValue = "100")
                    int limit,
            @Parameter(description = "The 'next' value of the previous page: continue with older entries")
                    @RequestParam(required = false)
                    String after,
            @Parameter(description = "Only the entries of this ingestion run") @RequestParam(required = false)
                    Long run) {
        Paging.checkLimit(limit);
        datasets.require(id);
        QuarantinePage page = quarantine.page(id, run, cursor(after), limit);
        return Paging.page(page, "after", page.next());
    }

    private static Long cursor(String after) {
        if (after == null) {
            return null;
        }
        try {
            return Long.valueOf(after);
        } catch (NumberFormatException notAnId) {
            throw new ApiException(ApiErrorCode.INVALID_CURSOR, "Cursor '" + after + "' was not issued by this API")
                    .with("cursor", after);
        }
    }
}
