package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.dcat.Agency;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A CKAN organization: an agency and the datasets it produces. */
record Organization(Agency agency, List<DatasetEntry> datasets) {

    /** CKAN's {@code created}: the hub has no date for the agency itself, so its first dataset's. */
    Instant created() {
        return datasets.stream()
                .map(DatasetEntry::createdAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
