package id.satudata.hub.catalog.api.record;

import java.util.List;
import java.util.Map;

/**
 * One page of records in key order.
 *
 * @param next the cursor of the following page, or {@code null} on the last page
 */
public record RecordPage(List<Map<String, Object>> records, String next) {}
