package id.satudata.hub.catalog.store;

import static org.jooq.impl.DSL.name;

import id.satudata.hub.schemas.conform.ConformedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Evolves a dataset's table from one schema version to the next without touching its rows: a new field becomes a
 * column filled with the field's default, a removed field's column stops being required, and a number promoted as
 * Avro promotes it (int to long, float to double) widens its column. Anything else would need the stored values
 * rewritten, so it is refused with the reason.
 */
final class TableEvolution {

    private static final Map<ColumnKind, Set<ColumnKind>> WIDENINGS = Map.of(
            ColumnKind.INT, Set.of(ColumnKind.LONG, ColumnKind.FLOAT, ColumnKind.DOUBLE),
            ColumnKind.LONG, Set.of(ColumnKind.FLOAT, ColumnKind.DOUBLE),
            ColumnKind.FLOAT, Set.of(ColumnKind.DOUBLE));

    private TableEvolution() {}

    /** Why the table cannot follow the schema change; empty when it can. */
    static List<String> problems(DatasetLayout from, DatasetLayout to) {
        List<String> problems = new ArrayList<>();
        for (DatasetColumn column : to.columns()) {
            DatasetColumn old = column(from, column.name());
            if (old == null) {
                if (!to.schema().getField(column.name()).hasDefaultValue()) {
                    problems.add("field '" + column.name() + "' is new and has no default, so the records stored"
                            + " before it cannot have a value; give it a default");
                }
            } else if (from.keyFields().contains(column.name()) && !sameType(old, column)) {
                problems.add("key field '" + column.name() + "' cannot change its type");
            } else if (!sameType(old, column)
                    && !WIDENINGS.getOrDefault(old.kind(), Set.of()).contains(column.kind())) {
                problems.add("field '" + column.name() + "' changes from " + describe(old) + " to " + describe(column)
                        + "; stored values cannot be converted, so add a new field instead");
            } else if (old.nullable() && !column.nullable()) {
                problems.add("field '" + column.name() + "' becomes required, but stored records may have no value");
            }
        }
        return problems;
    }

    /** Alters the table; call only when {@link #problems} is empty. */
    static void apply(DSLContext tx, DatasetLayout from, DatasetLayout to) {
        SQLDialect dialect = tx.dialect();
        var table = name(to.tableName());
        for (DatasetColumn column : to.columns()) {
            DatasetColumn old = column(from, column.name());
            if (old == null) {
                Object value = ColumnValues.jdbc(
                        column,
                        ConformedData.model().getDefaultValue(to.schema().getField(column.name())));
                DataType<?> type = column.dataType(dialect);
                tx.alterTable(table)
                        .addColumn(name(column.name()), value == null ? type : withDefault(type, value))
                        .execute();
            } else if (!sameType(old, column)) {
                tx.alterTable(table)
                        .alterColumn(name(column.name()))
                        .set(column.dataType(dialect).nullable(old.nullable()))
                        .execute();
            }
            if (old != null && !old.nullable() && column.nullable()) {
                tx.alterTable(table)
                        .alterColumn(name(column.name()))
                        .dropNotNull()
                        .execute();
            }
        }
        for (DatasetColumn old : from.columns()) {
            if (column(to, old.name()) == null && !old.nullable()) {
                tx.alterTable(table).alterColumn(name(old.name())).dropNotNull().execute();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> DataType<T> withDefault(DataType<T> type, Object value) {
        return type.defaultValue(DSL.inline((T) value, type));
    }

    private static boolean sameType(DatasetColumn a, DatasetColumn b) {
        return a.kind() == b.kind()
                && (a.kind() != ColumnKind.DECIMAL
                        || Objects.equals(
                                a.schema().getLogicalType(), b.schema().getLogicalType()));
    }

    private static String describe(DatasetColumn column) {
        if (column.schema().getLogicalType() instanceof LogicalTypes.Decimal decimal) {
            return "decimal(" + decimal.getPrecision() + "," + decimal.getScale() + ")";
        }
        return column.kind().name().toLowerCase(Locale.ROOT);
    }

    private static DatasetColumn column(DatasetLayout layout, String name) {
        return layout.columns().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
