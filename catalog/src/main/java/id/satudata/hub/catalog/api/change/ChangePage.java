package id.satudata.hub.catalog.api.change;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A page of the change feed.
 *
 * @param next the {@code after} of the next request: the last sequence of this page, or the request's own when the
 *     page is empty
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChangePage(String dataset, List<ChangeView> changes, long next) {}
