package id.satudata.hub.catalog.api.record;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.quotedName;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The typed table of one dataset: its schema fields in declared order and the store's own columns. Public so that
 * other outlets (the CKAN DataStore) read the table the way the records API does.
 */
public final class DatasetColumns {

    public static final Field<String> KEY = field(quotedName("_key"), SQLDataType.VARCHAR);
    public static final Field<Long> SEQ = field(quotedName("_seq"), SQLDataType.BIGINT);
    static final Field<OffsetDateTime> UPDATED_AT = field(quotedName("_updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

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

    /** The schema fields that accept an equality filter. */
    List<String> filterable() {
        return fields.values().stream()
                .filter(column -> column.kind().filterable())
                .map(FieldColumn::name)
                .toList();
    }

    /** Everything a record response shows, schema fields first. */
    public List<Field<?>> selection() {
        List<Field<?>> selection = new ArrayList<>();
        fields.values().forEach(column -> selection.add(column.column()));
        selection.add(KEY);
        selection.add(SEQ);
        selection.add(UPDATED_AT);
        return selection;
    }
}
