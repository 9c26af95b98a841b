package id.satudata.hub.catalog.api.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.api.dataset.DatasetDetail.Counts;
import id.satudata.hub.catalog.api.dataset.DatasetDetail.FeedingPipeline;
import id.satudata.hub.catalog.pipeline.PipelineDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/datasets")
@Tag(name = "Datasets", description = "Metadata of the datasets the hub keeps an authoritative copy of")
public class DatasetController {

    private final DatasetRepository datasets;
    private final ObjectProvider<PipelineDirectory> pipelines;
    private final ObjectMapper json;

    public DatasetController(
            DatasetRepository datasets, ObjectProvider<PipelineDirectory> pipelines, ObjectMapper json) {
        this.datasets = datasets;
        this.pipelines = pipelines;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "List the datasets with their key fields, record count and last update")
    public List<DatasetSummary> list() {
        return datasets.all().stream().map(DatasetSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Describe one dataset: metadata, Avro schema, counts and the pipelines feeding it")
    public DatasetDetail get(@PathVariable String id) throws JsonProcessingException {
        DatasetEntry dataset = datasets.require(id);
        Counts counts = new Counts(dataset.recordCount(), datasets.quarantinedCount(id), dataset.lastSeq());
        return new DatasetDetail(
                dataset.id(),
                dataset.title(),
                dataset.description(),
                dataset.producer(),
                dataset.keyFields(),
                dataset.schemaVersion(),
                json.readTree(dataset.schema().toString()),
                counts,
                dataset.createdAt(),
                dataset.updatedAt(),
                feeding(id));
    }

    private List<FeedingPipeline> feeding(String datasetId) {
        PipelineDirectory directory = pipelines.getIfAvailable();
        if (directory == null) {
            return List.of();
        }
        return directory.pipelines().stream()
                .filter(pipeline -> datasetId.equals(pipeline.datasetId()))
                .map(pipeline -> new FeedingPipeline(pipeline.id(), pipeline.sourceKind(), pipeline.state()))
                .toList();
    }
}
