package id.satudata.hub.catalog.dcat;

import id.satudata.hub.catalog.api.dataset.DatasetRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Portals", description = "What national portals and harvesters read")
public class DcatController {

    static final String JSON_LD = "application/ld+json";

    private final DatasetRepository datasets;
    private final PortalSettings settings;

    public DcatController(DatasetRepository datasets, PortalSettings settings) {
        this.datasets = datasets;
        this.settings = settings;
    }

    @GetMapping(
            value = "/catalog.jsonld",
            produces = {JSON_LD, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The DCAT-AP 3 catalogue of every dataset, in JSON-LD, for national portals to harvest")
    public Map<String, Object> catalog() {
        return new DcatCatalog(DatasetLinks.ofCurrentRequest(), settings).document(datasets.all());
    }
}
