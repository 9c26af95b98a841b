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

/**
 * Turns filter parameters ({@code <field>=<value>} or {@code <field>.<operator>=<value>}, {@link FilterOperator})
 * into conditions on typed columns, each value converted to its column's type.
 */
public final class RecordFilters {

    private RecordFilters() {}

    /** One condition per parameter; several values of an equality parameter match any of them. */
    public static List<Condition> conditions(DatasetColumns columns, Map<String, List<String>> parameters) {
        List<Condition> conditions = new ArrayList<>();
        parameters.forEach((parameter, values) -> {
            int dot = parameter.lastIndexOf('.');
            FieldColumn column = filterable(columns, dot < 0 ? parameter : parameter.substring(0, dot));
            FilterOperator operator = dot < 0 ? FilterOperator.EQ : operator(parameter, parameter.substring(dot + 1));
            List<Object> typed = operator.split(values).stream()
                    .map(raw -> operator == FilterOperator.NULL ? isNull(column, raw) : convert(column, raw))
                    .toList();
            conditions.add(operator.condition(column, typed));
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

    private static FilterOperator operator(String parameter, String label) {
        return FilterOperator.named(label).orElseThrow(() -> new ApiException(
                        ApiErrorCode.UNKNOWN_OPERATOR,
                        "Filter '" + parameter + "' has no operator '" + label + "'; operators: "
                                + String.join(", ", FilterOperator.labels()))
                .with("parameter", parameter)
                .with("operator", label)
                .with("allowed_operators", FilterOperator.labels()));
    }

    private static Boolean isNull(FieldColumn column, String raw) {
        try {
            return bool(raw.trim());
        } catch (IllegalArgumentException notBoolean) {
            throw invalid(column.name(), raw, ColumnKind.BOOLEAN.expected());
        }
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
            throw invalid(column.name(), raw, column.expected());
        }
    }

    private static ApiException invalid(String field, String raw, String expected) {
        return new ApiException(
                        ApiErrorCode.INVALID_FILTER,
                        "Filter '" + field + "' has value '" + raw + "' but the field expects " + expected)
                .with("field", field)
                .with("value", raw)
                .with("expected_type", expected);
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
