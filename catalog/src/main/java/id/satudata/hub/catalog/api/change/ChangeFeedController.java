package id.satudata.hub.catalog.api.change;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.Paging;
import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.api.dataset.DatasetRepository;
import id.satudata.hub.catalog.store.ChangeEntry;
import id.satudata.hub.catalog.store.ChangeLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * A dataset's change feed: its change log by sequence, each consumer keeping its own {@code after}. With
 * {@code wait}, a request that finds nothing new is held until a change commits or the wait ends, so a consumer
 * sees a change within a fraction of a second without asking again and again.
 */
@RestController
@RequestMapping("/api/v1/datasets/{id}/changes")
@Tag(name = "Changes", description = "The change feed of a dataset")
public class ChangeFeedController {

    static final int MAX_WAIT_SECONDS = 60;

    private final DatasetRepository datasets;
    private final ChangeLog changeLog;
    private final ChangeRenderer renderer;
    private final ChangeWaits waits;

    public ChangeFeedController(
            DatasetRepository datasets, ChangeLog changeLog, ChangeRenderer renderer, ChangeWaits waits) {
        this.datasets = datasets;
        this.changeLog = changeLog;
        this.renderer = renderer;
        this.waits = waits;
    }

    @GetMapping
    @Operation(
            summary = "Read the changes after a sequence, in order; optionally wait for the next one",
            description = "Each change has op (c, u, d), key, the record after it (null for a delete), seq and the"
                    + " schema version of the record. Pass the page's 'next' as 'after' to continue.")
    public DeferredResult<ChangePage> changes(
            @PathVariable String id,
            @Parameter(description = "Sequence already read; 0 for the start") @RequestParam(defaultValue = "0")
                    long after,
            @Parameter(description = "Changes per page, 1 to " + Paging.MAX_LIMIT) @RequestParam(defaultValue = "100")
                    int limit,
            @Parameter(description = "Seconds to hold the request while nothing is new, 0 to " + MAX_WAIT_SECONDS)
                    @RequestParam(defaultValue = "0")
                    int wait) {
        Paging.checkLimit(limit);
        if (after < 0 || wait < 0 || wait > MAX_WAIT_SECONDS) {
            throw new ApiException(
                            ApiErrorCode.INVALID_PARAMETER,
                            "'after' must be 0 or more and 'wait' from 0 to " + MAX_WAIT_SECONDS + " seconds")
                    .with("after", after)
                    .with("wait", wait);
        }
        DatasetEntry dataset = datasets.require(id);
        return waits.firstNonEmpty(() -> page(dataset, after, limit), Duration.ofSeconds(wait));
    }

    private ChangePage page(DatasetEntry dataset, long after, int limit) {
        List<ChangeEntry> entries = changeLog.after(dataset.id(), after, limit);
        List<ChangeView> changes =
                entries.stream().map(entry -> renderer.render(dataset, entry)).toList();
        long next = entries.isEmpty() ? after : entries.get(entries.size() - 1).seq();
        return new ChangePage(dataset.id(), changes, next);
    }
}
