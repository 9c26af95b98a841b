package id.satudata.hub.routes.reference;

import id.satudata.hub.schemas.reference.CodeSystem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reference data the hub loads at start-up ({@code hub.reference}); none by default. README, "Kode referensi".
 *
 * @param wilayah the region-code sets, several vintages and both code systems side by side
 */
@ConfigurationProperties(prefix = "hub.reference")
public record ReferenceProperties(@DefaultValue List<WilayahSet> wilayah) {

    /**
     * One region-code set.
     *
     * @param name how pipelines and the API refer to it, e.g. {@code kemendagri-2025}
     * @param system {@code kemendagri} (cahyadsn/wilayah CSV) or {@code bps} (edwardsamuel CSV)
     * @param vintage a short label, e.g. {@code 2025}
     * @param decree the decree or release the codes follow
     * @param date when that edition took effect; the newest set of a system is the default of checks and API
     * @param path the CSV file or directory, relative to the working directory
     */
    public record WilayahSet(
            String name,
            @DefaultValue("kemendagri") CodeSystem system,
            String vintage,
            String decree,
            LocalDate date,
            Path path) {}
}
