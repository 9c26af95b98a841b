package id.satudata.hub.catalog.api.record;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;

/** Turns query parameters into equality conditions on typed columns, each value converted to its column's type. */
public final class RecordFilters {

    private RecordFilters() {}

    /** One condition per parameter; several values of one parameter match any of them. */
    public static List<Condition> conditions(DatasetColumns columns, Map<String, List<String>> parameters) {
        List<Condition> conditions = new ArrayList<>();
        parameters.forEach((name, values) -> {
            FieldColumn column = filterable(columns, name);
            List<Object> typed =
                    values.stream().map(raw -> convert(column, raw)).toList();
            conditions.add(
                    typed.size() == 1
                            ? column.column().eq(typed.get(0))
                            : column.column().in(typed));
        });
        return conditions;
    }

    private static FieldColumn filterable(DatasetColumns columns, String name) {
        return columns.column(name).filter(column -> column.kind().filterable()).orElseThrow(() -> new ApiException(
                        ApiErrorCode.UNKNOWN_FIELD,
                        "Cannot filter on '" + name + "'; allowed fields: " + String.join(", ", columns.filterable()))
                .with("field", name)
                .with("allowed_fields", columns.filterable()));
    }

    static Object convert(FieldColumn column, String raw) {
        try {
            return switch (column.kind()) {
                case STRING -> raw;
                case ENUM -> enumSymbol(column, raw);
                case INT -> Integer.valueOf(raw.trim());
                case LONG -> Long.valueOf(raw.trim());
                case FLOAT -> Float.valueOf(raw.trim());
                case DOUBLE -> Double.valueOf(raw.trim());
                case BOOLEAN -> bool(raw.trim());
                case DATE -> LocalDate.parse(raw.trim());
                case TIMESTAMP -> OffsetDateTime.parse(raw.trim());
                case DECIMAL -> new BigDecimal(raw.trim());
                case BYTES, JSON -> throw new IllegalStateException("not filterable: " + column.kind());
            };
        } catch (RuntimeException unparseable) {
            throw new ApiException(
                            ApiErrorCode.INVALID_FILTER,
                            "Filter '" + column.name() + "' has value '" + raw + "' but the field expects "
                                    + column.expected())
                    .with("field", column.name())
                    .with("value", raw)
                    .with("expected_type", column.expected());
        }
    }

    private static String enumSymbol(FieldColumn column, String raw) {
        if (!column.type().getEnumSymbols().contains(raw)) {
            throw new IllegalArgumentException(
                    "not a symbol of " + column.type().getFullName());
        }
        return raw;
    }

    private static Boolean bool(String raw) {
        if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return Boolean.valueOf(raw);
        }
        throw new IllegalArgumentException("not a boolean");
    }
}
