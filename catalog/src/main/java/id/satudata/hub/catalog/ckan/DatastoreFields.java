package id.satudata.hub.catalog.ckan;

import id.satudata.hub.catalog.api.record.ColumnKind;
import id.satudata.hub.catalog.api.record.DatasetColumns;
import id.satudata.hub.catalog.api.record.FieldColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a DataStore resource as {@code datastore_search} lists them: {@code _id} first, as in every CKAN
 * DataStore table, then the schema fields with the PostgreSQL type names CKAN reports ({@code text}, {@code int4},
 * {@code numeric}, ...). Bytes are listed as {@code text} since they are given as base64 text.
 */
final class DatastoreFields {

    /** CKAN's row id; here the record's change-log sequence, unique within the dataset. */
    static final String ID = "_id";

    private DatastoreFields() {}

    static List<Map<String, String>> of(DatasetColumns columns, List<String> selected) {
        List<Map<String, String>> fields = new ArrayList<>();
        if (selected.isEmpty() || selected.contains(ID)) {
            fields.add(field(ID, "int"));
        }
        for (FieldColumn column : columns.fields()) {
            if (selected.isEmpty() || selected.contains(column.name())) {
                fields.add(field(column.name(), typeName(column.kind())));
            }
        }
        return fields;
    }

    static String typeName(ColumnKind kind) {
        return switch (kind) {
            case STRING, ENUM, BYTES -> "text";
            case INT -> "int4";
            case LONG -> "int8";
            case FLOAT -> "float4";
            case DOUBLE -> "float8";
            case BOOLEAN -> "bool";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
            case DECIMAL -> "numeric";
            case JSON -> "json";
        };
    }

    private static Map<String, String> field(String id, String type) {
        Map<String, String> field = new LinkedHashMap<>();
        field.put("id", id);
        field.put("type", type);
        return field;
    }
}
