package id.satudata.hub.catalog.api.quarantine;

import java.util.List;

/**
 * One page of a dataset's quarantine, newest first.
 *
 * @param next the value of {@code after} for the following (older) page, or {@code null} on the last page
 */
public record QuarantinePage(List<QuarantineEntry> entries, String next) {}
