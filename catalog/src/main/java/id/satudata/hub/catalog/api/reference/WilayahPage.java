package id.satudata.hub.catalog.api.reference;

import java.util.List;

/**
 * One page of regions of one reference set, by code.
 *
 * @param reference the set's name, e.g. {@code kemendagri-2025}
 * @param vintage its vintage label and decree
 * @param next the value of {@code after} for the following page, or {@code null} on the last page
 */
public record WilayahPage(String reference, String vintage, List<WilayahEntry> entries, String next) {}
