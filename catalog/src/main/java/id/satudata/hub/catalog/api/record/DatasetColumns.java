package id.satudata.hub.catalog.api.record;

import static org.jooq.impl.DSL.quotedName;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The typed table of one dataset: its schema fields in declared order and the store's own columns. Public so that
 * other outlets (the CKAN DataStore) read the table the way the records API does.
 */
public final class DatasetColumns {

    public static final FieldColumn KEY = FieldColumn.store("_key", Schema.create(Schema.Type.STRING));
    public static final FieldColumn SEQ = FieldColumn.store("_seq", Schema.create(Schema.Type.LONG));
    static final FieldColumn UPDATED_AT = FieldColumn.store(
            "_updated_at", LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)));
    private static final List<FieldColumn> STORE_COLUMNS = List.of(KEY, SEQ, UPDATED_AT);

    private final Table<?> table;
    private final Map<String, FieldColumn> fields = new LinkedHashMap<>();

    public DatasetColumns(DatasetEntry dataset) {
        this.table = DSL.table(quotedName(dataset.tableName()));
        dataset.schema().getFields().forEach(avroField -> {
            FieldColumn column = FieldColumn.of(avroField);
            fields.put(column.name(), column);
        });
    }

    public Table<?> table() {
        return table;
    }

    public List<FieldColumn> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<FieldColumn> column(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** A schema field or a store column ({@code _key}, {@code _seq}, {@code _updated_at}) by name. */
    Optional<FieldColumn> anyColumn(String name) {
        return column(name).or(() -> STORE_COLUMNS.stream()
                .filter(column -> column.name().equals(name))
                .findFirst());
    }

    /** The schema fields that accept a filter (and a sort): not bytes, not nested values. */
    List<String> filterable() {
        return fields.values().stream()
                .filter(column -> column.kind().filterable())
                .map(FieldColumn::name)
                .toList();
    }

    /** Everything a record shows when no projection is asked for: schema fields first, then the store's columns. */
    public List<FieldColumn> all() {
        List<FieldColumn> all = new ArrayList<>(fields.values());
        all.addAll(STORE_COLUMNS);
        return all;
    }

    /** The names {@link #anyColumn} knows, in {@link #all()} order. */
    List<String> names() {
        return all().stream().map(FieldColumn::name).toList();
    }

    public static List<Field<?>> select(List<FieldColumn> columns) {
        return columns.stream().<Field<?>>map(FieldColumn::column).toList();
    }
}
