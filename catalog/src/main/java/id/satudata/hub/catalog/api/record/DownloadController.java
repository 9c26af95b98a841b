package id.satudata.hub.catalog.api.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.api.dataset.DatasetRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whole-dataset downloads, streamed: rows go from a database cursor to the response one at a time, so memory does
 * not grow with the dataset. Written on the request thread rather than as a {@code StreamingResponseBody}, whose
 * asynchronous response the servlet container cuts off at its async timeout (30 s in Tomcat) however much is still
 * flowing. Everything the request can get wrong is checked before the first byte, so it is still a problem response.
 */
@RestController
@Tag(name = "Records")
public class DownloadController {

    private static final Logger log = LoggerFactory.getLogger(DownloadController.class);
    private static final Set<String> OWN_PARAMETERS = Set.of("format", "gzip", "sort", "fields");

    private final DatasetRepository datasets;
    private final RecordRepository records;
    private final ObjectMapper json;

    public DownloadController(DatasetRepository datasets, RecordRepository records, ObjectMapper json) {
        this.datasets = datasets;
        this.records = records;
        this.json = json;
    }

    @GetMapping("/api/v1/datasets/{id}/download")
    @Operation(
            summary = "Download a dataset's records (all, or those matching the filters) as CSV, JSON Lines or Avro",
            description = "Streamed in _key order (or 'sort'); 'Accept-Encoding: gzip' compresses in transit,"
                    + " gzip=true downloads a .gz file. Avro: an object container file with the dataset's current"
                    + " schema, records as the hub stored them. " + RecordQueryDoc.FILTERS)
    public void download(
            @PathVariable String id,
            @Parameter(description = "csv, jsonl or avro") @RequestParam(defaultValue = "csv") String format,
            @Parameter(description = "true: a gzip file (.gz)") @RequestParam(defaultValue = "false") boolean gzip,
            @Parameter(description = RecordQueryDoc.SORT) @RequestParam(required = false) String sort,
            @Parameter(description = RecordQueryDoc.FIELDS + " Not for avro.") @RequestParam(required = false)
                    String fields,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false)
                    String acceptEncoding,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response)
            throws IOException {
        DownloadFormat type = DownloadFormat.named(format);
        type.check(fields);
        DatasetEntry dataset = datasets.require(id);
        RecordQuery query = RecordQuery.of(dataset, RecordController.filters(parameters, OWN_PARAMETERS), sort, fields);
        DownloadEncoding encoding = DownloadEncoding.of(gzip, acceptEncoding);
        encoding.headers(id, type).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try (OutputStream out = encoding.wrap(response.getOutputStream())) {
            records.stream(query, () -> type.writer(out, dataset, query, json));
        } catch (IOException clientGone) {
            // the response is committed: nothing left to tell the client, who is most likely gone
            log.debug("Download of {} stopped: {}", id, clientGone.toString());
        }
    }
}
