package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.record.DatasetColumns;
import id.satudata.hub.catalog.api.record.FieldColumn;
import id.satudata.hub.catalog.api.record.RecordFilters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The conditions and order of a {@code datastore_search} on a dataset's table. {@code filters} are equalities (a
 * list matches any of its values) typed as the records API types them; {@code q} as text matches every word
 * somewhere in the record, ignoring case, and as an object matches words within the named fields. A field the
 * table lacks is refused as CKAN refuses it: {@code field "x" not in resource}.
 */
final class DatastoreQuery {

    private final DatasetColumns columns;

    DatastoreQuery(DatasetColumns columns) {
        this.columns = columns;
    }

    List<Condition> conditions(JsonNode filters, JsonNode q) {
        List<Condition> conditions = new ArrayList<>();
        if (filters != null) {
            conditions.addAll(filters(filters));
        }
        if (q != null && q.isObject()) {
            q.fields().forEachRemaining(entry -> words(entry.getValue().asText())
                    .forEach(word ->
                            conditions.add(text(require("q", entry.getKey())).containsIgnoreCase(word))));
        } else if (q != null) {
            words(q.asText()).forEach(word -> conditions.add(anyColumnContains(word)));
        }
        return conditions;
    }

    /** CKAN's {@code sort}: {@code field [asc|desc]} items; the table's key order when none is given. */
    List<SortField<?>> order(List<String> sort) {
        List<SortField<?>> order = new ArrayList<>();
        for (String item : sort) {
            String[] words = item.trim().split("\\s+");
            Field<?> field = field("sort", words[0]);
            boolean descending =
                    words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("desc");
            order.add(descending ? field.desc() : field.asc());
        }
        order.add(DatasetColumns.KEY.column().asc());
        return order;
    }

    /** The column of a field, or of {@code _id}; {@code parameter} names what asked for it in the refusal. */
    Field<?> field(String parameter, String name) {
        return name.equals(DatastoreFields.ID)
                ? DatasetColumns.SEQ.column()
                : require(parameter, name).column();
    }

    FieldColumn require(String parameter, String name) {
        return columns.column(name)
                .orElseThrow(() -> CkanException.invalid(parameter, "field \"" + name + "\" not in resource"));
    }

    private List<Condition> filters(JsonNode filters) {
        if (!filters.isObject()) {
            throw CkanException.invalid("filters", "Not a JSON object");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        filters.fields().forEachRemaining(entry -> {
            require("filters", entry.getKey());
            List<String> texts = new ArrayList<>();
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                value.forEach(item -> texts.add(item.asText()));
            } else {
                texts.add(value.asText());
            }
            values.put(entry.getKey(), texts);
        });
        try {
            return RecordFilters.conditions(columns, values);
        } catch (ApiException refused) {
            throw CkanException.invalid("filters", refused.getMessage());
        }
    }

    private Condition anyColumnContains(String word) {
        List<Condition> any = new ArrayList<>();
        columns.fields().stream()
                .filter(column -> column.kind().filterable())
                .forEach(column -> any.add(text(column).containsIgnoreCase(word)));
        return any.isEmpty() ? DSL.falseCondition() : DSL.or(any);
    }

    private static Field<String> text(FieldColumn column) {
        return column.column().cast(SQLDataType.VARCHAR);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
