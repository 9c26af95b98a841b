package id.satudata.hub.catalog.api.record;

import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.Paging;
import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.api.dataset.DatasetRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Record;
import org.springframework.http.MediaType;
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

    static final String TEXT_CSV = "text/csv;charset=UTF-8";
    private static final Set<String> QUERY_PARAMETERS = Set.of("limit", "next", "sort", "fields");

    private final DatasetRepository datasets;
    private final RecordRepository records;
    private final RecordJson recordJson;

    public RecordController(DatasetRepository datasets, RecordRepository records, RecordJson recordJson) {
        this.datasets = datasets;
        this.records = records;
        this.recordJson = recordJson;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Page through a dataset's records, filtered, sorted and projected; JSON or (Accept: text/csv) CSV",
            description = RecordQueryDoc.DESCRIPTION)
    public ResponseEntity<RecordPage> list(
            @PathVariable String id,
            @Parameter(description = "Records per page, 1 to " + Paging.MAX_LIMIT) @RequestParam(defaultValue = "100")
                    int limit,
            @Parameter(description = "Cursor from the previous page") @RequestParam(required = false) String next,
            @Parameter(description = RecordQueryDoc.SORT) @RequestParam(required = false) String sort,
            @Parameter(description = RecordQueryDoc.FIELDS) @RequestParam(required = false) String fields,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        RecordQuery query = query(id, limit, sort, fields, parameters);
        RecordRepository.Rows page = records.page(query, next, limit);
        List<Map<String, Object>> json = page.rows().stream()
                .map(row -> recordJson.toJson(query.output(), row))
                .toList();
        return Paging.page(new RecordPage(json, page.next()), "next", page.next());
    }

    /** The same page as CSV, its header row the chosen fields; the next page is only in the Link header. */
    @GetMapping(produces = TEXT_CSV)
    @Operation(hidden = true)
    public ResponseEntity<String> listAsCsv(
            @PathVariable String id,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) String next,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String fields,
            @RequestParam MultiValueMap<String, String> parameters)
            throws IOException {
        RecordQuery query = query(id, limit, sort, fields, parameters);
        RecordRepository.Rows page = records.page(query, next, limit);
        StringBuilder csv = new StringBuilder(256 * (page.rows().size() + 1));
        CsvWriter writer = new CsvWriter(csv, query.output());
        writer.header();
        for (Record row : page.rows()) {
            writer.row(row);
        }
        return Paging.page(csv.toString(), "next", page.next());
    }

    @GetMapping("/{key}")
    @Operation(summary = "Read one record by its key (the key fields' values joined with ':')")
    public Map<String, Object> get(@PathVariable String id, @PathVariable String key) {
        DatasetEntry dataset = datasets.require(id);
        return records.find(dataset, key)
                .orElseThrow(() -> ApiException.recordNotFound(dataset.id(), dataset.keyFields(), key));
    }

    private RecordQuery query(
            String id, int limit, String sort, String fields, MultiValueMap<String, String> parameters) {
        Paging.checkLimit(limit);
        DatasetEntry dataset = datasets.require(id);
        return RecordQuery.of(dataset, filters(parameters, QUERY_PARAMETERS), sort, fields);
    }

    /** The filter parameters: every query parameter but the endpoint's own. */
    static Map<String, List<String>> filters(MultiValueMap<String, String> parameters, Set<String> own) {
        Map<String, List<String>> filters = new LinkedHashMap<>(parameters);
        filters.keySet().removeAll(own);
        return filters;
    }
}
