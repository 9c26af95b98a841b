package id.satudata.hub.catalog.pipeline;

import java.util.List;
import java.util.Optional;

/** The pipelines of the running hub; implemented where pipelines run, read by the catalog's API and health. */
public interface PipelineDirectory {

    List<PipelineInfo> pipelines();

    Optional<PipelineInfo> pipeline(String id);
}
