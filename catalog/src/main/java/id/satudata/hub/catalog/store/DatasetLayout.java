package id.satudata.hub.catalog.store;

import java.util.List;
import org.apache.avro.Schema;

/**
 * A registered dataset as the store writes it: its table, key fields and the columns of its schema's fields.
 *
 * @param columns one per schema field, in field order
 */
record DatasetLayout(
        String datasetId,
        String tableName,
        Schema schema,
        List<String> keyFields,
        List<DatasetColumn> columns,
        int schemaVersion) {

    /** The table name of a dataset id (TABLES.md): {@code ds_} and the id with '-' as '_'. */
    static String tableNameOf(String datasetId) {
        return "ds_" + datasetId.replace('-', '_');
    }

    static DatasetLayout of(String datasetId, Schema schema, List<String> keyFields, int schemaVersion) {
        List<DatasetColumn> columns =
                schema.getFields().stream().map(DatasetColumn::of).toList();
        return new DatasetLayout(
                datasetId, tableNameOf(datasetId), schema, List.copyOf(keyFields), columns, schemaVersion);
    }
}
