package id.satudata.hub.catalog.store;

import static id.satudata.hub.catalog.store.DatasetTableDdl.KEY;
import static id.satudata.hub.catalog.store.DatasetTableDdl.SCHEMA_VERSION;
import static id.satudata.hub.catalog.store.DatasetTableDdl.SEQ;
import static id.satudata.hub.catalog.store.DatasetTableDdl.SOURCE;
import static id.satudata.hub.catalog.store.DatasetTableDdl.UPDATED_AT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** Rows of one dataset table as JDBC values, with the batched statements of the portable writer. */
final class DatasetRows {

    private final DatasetLayout layout;
    private final Table<?> table;
    private final List<Field<?>> valueFields;
    private final List<Field<?>> metaFields;

    DatasetRows(DatasetLayout layout, SQLDialect dialect) {
        this.layout = layout;
        this.table = table(name(layout.tableName()));
        this.valueFields = layout.columns().stream()
                .<Field<?>>map(column -> field(name(column.name()), column.dataType(dialect)))
                .toList();
        this.metaFields = List.of(
                field(name(SEQ), SQLDataType.BIGINT),
                field(name(SOURCE), SQLDataType.VARCHAR),
                field(name(SCHEMA_VERSION), SQLDataType.INTEGER),
                field(name(UPDATED_AT), SQLDataType.OFFSETDATETIME));
    }

    DatasetLayout layout() {
        return layout;
    }

    List<Field<?>> valueFields() {
        return valueFields;
    }

    Object[] values(GenericRecord record) {
        List<DatasetColumn> columns = layout.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            DatasetColumn column = columns.get(i);
            values[i] = ColumnValues.jdbc(column, record.get(column.position()));
        }
        return values;
    }

    boolean sameValues(Object[] stored, Object[] fresh) {
        for (int i = 0; i < stored.length; i++) {
            if (!ColumnValues.same(stored[i], fresh[i])) {
                return false;
            }
        }
        return true;
    }

    /** The bind values of a row: key, field values, then the meta columns. */
    Object[] row(String key, Object[] values, long seq, ChangeWriter.WriteContext context) {
        Object[] row = new Object[values.length + 5];
        row[0] = key;
        System.arraycopy(values, 0, row, 1, values.length);
        row[values.length + 1] = seq;
        row[values.length + 2] = context.source();
        row[values.length + 3] = layout.schemaVersion();
        row[values.length + 4] = context.now();
        return row;
    }

    void insert(DSLContext tx, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Field<?>> fields = new ArrayList<>();
        fields.add(field(name(KEY), SQLDataType.VARCHAR));
        fields.addAll(valueFields);
        fields.addAll(metaFields);
        BatchBindStep batch = tx.batch(tx.insertInto(table)
                .columns(fields)
                .values(fields.stream().map(DatasetRows::placeholder).toList()));
        rows.forEach(batch::bind);
        batch.execute();
    }

    void update(DSLContext tx, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        valueFields.forEach(f -> set.put(f, placeholder(f)));
        metaFields.forEach(f -> set.put(f, placeholder(f)));
        BatchBindStep batch = tx.batch(tx.update(table)
                .set(set)
                .where(field(name(KEY), SQLDataType.VARCHAR).eq(param(SQLDataType.VARCHAR))));
        for (Object[] row : rows) {
            // the update binds the values and meta columns first, the key last
            Object[] binds = new Object[row.length];
            System.arraycopy(row, 1, binds, 0, row.length - 1);
            binds[row.length - 1] = row[0];
            batch.bind(binds);
        }
        batch.execute();
    }

    void delete(DSLContext tx, List<Object[]> keys) {
        if (keys.isEmpty()) {
            return;
        }
        BatchBindStep batch = tx.batch(
                tx.deleteFrom(table).where(field(name(KEY), SQLDataType.VARCHAR).eq(param(SQLDataType.VARCHAR))));
        keys.forEach(batch::bind);
        batch.execute();
    }

    private static Field<?> placeholder(Field<?> field) {
        return param(field.getDataType());
    }
}
