package id.satudata.hub.routes.reference;

import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.ReferenceSets;
import id.satudata.hub.schemas.reference.ReferenceSource;
import id.satudata.hub.schemas.reference.Vintage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the configured reference sets once, at start-up, into the one {@link ReferenceSets} that pipelines' checks
 * and the reference API share. A set that cannot be loaded stops the start: pipelines checked against missing
 * codes would quarantine everything. With nothing configured the hub starts with no reference data.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceConfiguration.class);

    @Bean
    ReferenceSets referenceSets(ReferenceProperties properties) {
        List<ReferenceSet> sets = new ArrayList<>();
        for (ReferenceProperties.WilayahSet configured : properties.wilayah()) {
            ReferenceSet set = source(configured).load();
            LOG.info(
                    "reference set {} loaded: {} {} regions from {}",
                    set.name(),
                    set.regions().all().size(),
                    set.system().id(),
                    configured.path().toAbsolutePath());
            sets.add(set);
        }
        return sets.isEmpty() ? ReferenceSets.none() : new ReferenceSets(sets);
    }

    private static ReferenceSource source(ReferenceProperties.WilayahSet set) {
        List<String> missing = new ArrayList<>();
        if (set.name() == null || set.name().isBlank()) {
            missing.add("name");
        }
        if (set.path() == null) {
            missing.add("path");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("hub.reference.wilayah entry "
                    + (set.name() == null ? "" : "'" + set.name() + "' ") + "needs " + String.join(" and ", missing));
        }
        String label = set.vintage() == null ? set.name() : set.vintage();
        return new ReferenceSource(set.name(), set.system(), new Vintage(label, set.decree(), set.date()), set.path());
    }
}
