package id.satudata.hub.routes.push;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.dataset.DatasetRepository;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The datasets that take pushed records, each through its one started push pipeline. A dataset fills from one push
 * pipeline at most, since a request names the dataset and not the pipeline.
 */
@Component
public class PushTargets {

    private final Map<String, PushTarget> byDataset = new ConcurrentHashMap<>();
    private final DatasetRepository datasets;

    public PushTargets(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    void add(PushTarget target) {
        PushTarget before = byDataset.putIfAbsent(target.datasetId(), target);
        if (before != null) {
            throw new IllegalStateException("dataset '" + target.datasetId() + "' already takes pushed records"
                    + " through pipeline '" + before.pipeline().id() + "'; declare one push pipeline per dataset");
        }
    }

    void remove(String pipelineId) {
        byDataset.values().removeIf(target -> target.pipeline().id().equals(pipelineId));
    }

    /** The dataset's push pipeline, or the problem saying the dataset is unknown or how to enable push for it. */
    PushTarget require(String datasetId) {
        PushTarget target = byDataset.get(datasetId);
        if (target != null) {
            return target;
        }
        datasets.require(datasetId);
        throw new ApiException(
                        ApiErrorCode.PUSH_NOT_ENABLED,
                        "Dataset '" + datasetId + "' takes no pushed records: no running pipeline with source"
                                + " {kind: push} fills it. Declare one in the hub's config/pipelines/ (dataset: "
                                + datasetId + ", source: {kind: push}) and restart the hub")
                .with("dataset", datasetId);
    }
}
