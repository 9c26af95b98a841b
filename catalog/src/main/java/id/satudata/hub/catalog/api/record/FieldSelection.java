package id.satudata.hub.catalog.api.record;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a records query returns, {@code fields=nama,tahun}: in the order asked, any schema field or store
 * column, and always {@code _key} (last unless named), because a record without its key cannot be fetched again.
 */
final class FieldSelection {

    private FieldSelection() {}

    static List<FieldColumn> parse(DatasetColumns columns, String fields) {
        if (fields == null || fields.isBlank()) {
            return columns.all();
        }
        List<FieldColumn> chosen = new ArrayList<>();
        for (String item : fields.split(",")) {
            String name = item.trim();
            FieldColumn column = columns.anyColumn(name).orElseThrow(() -> new ApiException(
                            ApiErrorCode.UNKNOWN_FIELD,
                            "Dataset has no field '" + name + "'; fields: " + String.join(", ", columns.names()))
                    .with("parameter", "fields")
                    .with("field", name)
                    .with("allowed_fields", columns.names()));
            if (chosen.contains(column)) {
                throw new ApiException(ApiErrorCode.INVALID_PARAMETER, "fields names '" + name + "' twice")
                        .with("parameter", "fields")
                        .with("value", fields);
            }
            chosen.add(column);
        }
        if (!chosen.contains(DatasetColumns.KEY)) {
            chosen.add(DatasetColumns.KEY);
        }
        return List.copyOf(chosen);
    }
}
