package id.satudata.hub.catalog.api.record;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.Paging;
import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.api.dataset.DatasetRepository;
import id.satudata.hub.catalog.store.RecordKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/datasets/{id}/records")
@Tag(name = "Records", description = "The authoritative records of a dataset")
public class RecordController {

    private static final Set<String> PAGING_PARAMETERS = Set.of("limit", "next");

    private final DatasetRepository datasets;
    private final RecordRepository records;

    public RecordController(DatasetRepository datasets, RecordRepository records) {
        this.datasets = datasets;
        this.records = records;
    }

    @GetMapping
    @Operation(
            summary = "Page through a dataset's records in key order, optionally filtered by field values",
            description = "Any other query parameter is an equality filter on a schema field, e.g."
                    + " ?tahun=2019&kode_kabupaten_kota=3201; repeat a parameter to match any of its values."
                    + " Follow the returned 'next' cursor (also in the Link header) for the following page.")
    public ResponseEntity<RecordPage> list(
            @PathVariable String id,
            @Parameter(description = "Records per page, 1 to " + Paging.MAX_LIMIT) @RequestParam(defaultValue = "100")
                    int limit,
            @Parameter(description = "Cursor from the previous page") @RequestParam(required = false) String next,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        Paging.checkLimit(limit);
        DatasetEntry dataset = datasets.require(id);
        String afterKey = next == null ? null : RecordCursor.decode(next);
        RecordPage page = records.page(dataset, filters(parameters), afterKey, limit);
        return Paging.page(page, "next", page.next());
    }

    @GetMapping("/{key}")
    @Operation(summary = "Read one record by its key (the key fields' values joined with ':')")
    public Map<String, Object> get(@PathVariable String id, @PathVariable String key) {
        DatasetEntry dataset = datasets.require(id);
        return records.find(dataset, key).orElseThrow(() -> recordNotFound(dataset, key));
    }

    /** Says how a key is built when the one given has the wrong number of values, the usual cause of a miss. */
    private static ApiException recordNotFound(DatasetEntry dataset, String key) {
        List<String> keyFields = dataset.keyFields();
        String detail = "Dataset '" + dataset.id() + "' has no record with key '" + key + "'";
        if (RecordKey.parse(key).size() != keyFields.size()) {
            detail += "; a key holds the values of " + String.join(", ", keyFields) + " joined with ':'";
        }
        return new ApiException(ApiErrorCode.RECORD_NOT_FOUND, detail)
                .with("dataset", dataset.id())
                .with("key", key)
                .with("key_fields", keyFields);
    }

    private static Map<String, List<String>> filters(MultiValueMap<String, String> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>(parameters);
        filters.keySet().removeAll(PAGING_PARAMETERS);
        return filters;
    }
}
