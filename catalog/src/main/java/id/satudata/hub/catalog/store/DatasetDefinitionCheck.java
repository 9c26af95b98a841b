package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.DatasetDefinitions.Part;
import id.satudata.hub.catalog.store.DatasetDefinitions.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/** Refuses a dataset definition the store cannot keep, naming every problem at once. */
final class DatasetDefinitionCheck {

    /** Short enough that {@code ds_} + id stays within PostgreSQL's 63-character identifiers. */
    static final int MAX_ID_LENGTH = 60;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private DatasetDefinitionCheck() {}

    /** The layout of a valid definition; a {@link StoreException} listing the problems otherwise. */
    static DatasetLayout layoutOf(DatasetDefinition dataset, int schemaVersion) {
        List<Problem> problems = new ArrayList<>();
        List<DatasetColumn> columns = check(dataset, problems);
        if (!problems.isEmpty()) {
            String messages =
                    String.join("; ", problems.stream().map(Problem::message).toList());
            throw new StoreException(
                    StoreException.Code.INVALID_DATASET,
                    "dataset '" + dataset.id() + "' cannot be registered: " + messages);
        }
        String id = dataset.id();
        return new DatasetLayout(
                id, DatasetLayout.tableNameOf(id), dataset.schema(), dataset.keyFields(), columns, schemaVersion);
    }

    /** Adds every problem of a definition to {@code problems}; returns the columns of its schema's fields. */
    static List<DatasetColumn> check(DatasetDefinition dataset, List<Problem> problems) {
        String id = dataset.id();
        if (id == null || !ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            problems.add(new Problem(
                    Part.ID,
                    "dataset id '" + id + "' must match [a-z0-9][a-z0-9-]* and have at most " + MAX_ID_LENGTH
                            + " characters"));
        }
        Schema schema = dataset.schema();
        if (schema == null || schema.getType() != Schema.Type.RECORD) {
            problems.add(new Problem(Part.SCHEMA, "the schema must be an Avro record"));
            return List.of();
        }
        for (Schema.Field field : schema.getFields()) {
            if (!FIELD.matcher(field.name()).matches()) {
                problems.add(new Problem(Part.SCHEMA, "field '" + field.name() + "' must match [A-Za-z][A-Za-z0-9_]*"));
            }
        }
        List<DatasetColumn> columns = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            try {
                columns.add(DatasetColumn.of(field));
            } catch (StoreException e) {
                problems.add(new Problem(Part.SCHEMA, e.getMessage()));
            }
        }
        checkKeyFields(dataset.keyFields(), columns, problems);
        return List.copyOf(columns);
    }

    private static void checkKeyFields(List<String> keyFields, List<DatasetColumn> columns, List<Problem> problems) {
        if (keyFields.isEmpty()) {
            problems.add(new Problem(Part.KEY_FIELDS, "at least one key field is required"));
        }
        Set<String> seen = new HashSet<>();
        for (String key : keyFields) {
            if (!seen.add(key)) {
                problems.add(new Problem(Part.KEY_FIELDS, "key field '" + key + "' is listed twice"));
            }
            DatasetColumn column = columns.stream()
                    .filter(c -> c.name().equals(key))
                    .findFirst()
                    .orElse(null);
            if (column == null) {
                problems.add(new Problem(Part.KEY_FIELDS, "key field '" + key + "' is not a field of the schema"));
            } else if (column.nullable()) {
                problems.add(new Problem(Part.KEY_FIELDS, "key field '" + key + "' must not be nullable"));
            } else if (column.kind() == ColumnKind.JSON
                    || column.kind() == ColumnKind.FLOAT
                    || column.kind() == ColumnKind.DOUBLE) {
                problems.add(new Problem(
                        Part.KEY_FIELDS,
                        "key field '" + key + "' must be a string, enum, integer, boolean, bytes, date,"
                                + " timestamp or decimal field"));
            }
        }
    }
}
