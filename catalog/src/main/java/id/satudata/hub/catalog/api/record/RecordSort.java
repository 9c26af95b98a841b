package id.satudata.hub.catalog.api.record;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The order of a records query, {@code sort=tahun,-kode} ({@code -} for descending), always ending with {@code _key}
 * so that every row has one place; null sorts below every value on both databases (first ascending, last
 * descending), which {@link #after} relies on to continue a page where the previous one stopped.
 */
record RecordSort(List<Key> keys) {

    record Key(FieldColumn column, boolean descending) {
        @Override
        public String toString() {
            return (descending ? "-" : "") + column.name();
        }
    }

    static final RecordSort BY_KEY = new RecordSort(List.of(new Key(DatasetColumns.KEY, false)));

    static RecordSort parse(DatasetColumns columns, String sort) {
        if (sort == null || sort.isBlank()) {
            return BY_KEY;
        }
        List<Key> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String item : sort.split(",")) {
            String name = item.trim().startsWith("-") ? item.trim().substring(1) : item.trim();
            FieldColumn column = sortable(columns, name);
            if (!seen.add(name)) {
                throw new ApiException(ApiErrorCode.INVALID_PARAMETER, "sort names '" + name + "' twice")
                        .with("parameter", "sort")
                        .with("value", sort);
            }
            keys.add(new Key(column, item.trim().startsWith("-")));
        }
        if (!seen.contains(DatasetColumns.KEY.name())) {
            keys.add(BY_KEY.keys().get(0));
        }
        return new RecordSort(List.copyOf(keys));
    }

    private static FieldColumn sortable(DatasetColumns columns, String name) {
        if (name.equals(DatasetColumns.KEY.name())) {
            return DatasetColumns.KEY;
        }
        return columns.column(name).filter(column -> column.kind().filterable()).orElseThrow(() -> {
            List<String> allowed = new ArrayList<>(columns.filterable());
            allowed.add(DatasetColumns.KEY.name());
            return new ApiException(
                            ApiErrorCode.UNKNOWN_FIELD,
                            "Cannot sort on '" + name + "'; allowed fields: " + String.join(", ", allowed))
                    .with("parameter", "sort")
                    .with("field", name)
                    .with("allowed_fields", allowed);
        });
    }

    List<SortField<?>> orderBy() {
        return keys.stream()
                .<SortField<?>>map(key -> key.descending()
                        ? key.column().column().desc().nullsLast()
                        : key.column().column().asc().nullsFirst())
                .toList();
    }

    /** The rows that come after a row whose sort values are {@code last}, one value per key. */
    Condition after(List<Object> last) {
        Condition after = DSL.falseCondition();
        Condition samePrefix = DSL.trueCondition();
        for (int i = 0; i < keys.size(); i++) {
            Field<Object> column = keys.get(i).column().column();
            Object value = last.get(i);
            after = after.or(samePrefix.and(beyond(column, keys.get(i).descending(), value)));
            samePrefix = samePrefix.and(value == null ? column.isNull() : column.eq(value));
        }
        return after;
    }

    /** Null is the smallest value: nothing is below it, everything else is above it. */
    private static Condition beyond(Field<Object> column, boolean descending, Object value) {
        if (value == null) {
            return descending ? DSL.falseCondition() : column.isNotNull();
        }
        return descending ? column.lt(value).or(column.isNull()) : column.gt(value);
    }

    List<FieldColumn> columns() {
        return keys.stream().map(Key::column).toList();
    }

    @Override
    public String toString() {
        return keys.stream().map(Key::toString).collect(Collectors.joining(","));
    }
}
