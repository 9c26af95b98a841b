package id.satudata.hub.catalog.store;

import static org.jooq.impl.DSL.name;

import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The typed table of a dataset, derived from its Avro schema (TABLES.md): {@code _key} primary key, one column per
 * field, then the change sequence, source, schema version and update time of each record.
 */
final class DatasetTableDdl {

    static final String KEY = "_key";
    static final String SEQ = "_seq";
    static final String SOURCE = "_source";
    static final String SCHEMA_VERSION = "_schema_version";
    static final String UPDATED_AT = "_updated_at";

    private DatasetTableDdl() {}

    /** The name of a dataset's change-log partition on PostgreSQL: its table's name with {@code cl_} for {@code ds_}. */
    static String changeLogPartition(DatasetLayout layout) {
        return "cl_" + layout.tableName().substring("ds_".length());
    }

    /**
     * On PostgreSQL, adds the dataset's own partition of the change log unless it exists (V8): its changes then
     * append to the right edge of their own index instead of splitting pages amid other datasets' entries. The
     * partition takes the parent's uncompressed payload storage.
     */
    static void createChangeLogPartitionIfMissing(DSLContext dsl, DatasetLayout layout) {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return;
        }
        dsl.execute(
                "create table if not exists {0} partition of change_log for values in ({1})",
                name(changeLogPartition(layout)), DSL.inline(layout.datasetId()));
    }

    /** Creates the dataset's table unless it exists. */
    static void createIfMissing(DSLContext dsl, DatasetLayout layout) {
        SQLDialect dialect = dsl.dialect();
        boolean postgres = dialect.family() == SQLDialect.POSTGRES;
        // keys compare byte-wise in PostgreSQL: no locale rules per comparison while the primary key index grows
        CreateTableElementListStep create = dsl.createTableIfNotExists(name(layout.tableName()))
                .column(
                        name(KEY),
                        (postgres ? SQLDataType.CLOB.collation(DSL.collation(name("C"))) : SQLDataType.VARCHAR)
                                .nullable(false));
        for (DatasetColumn column : layout.columns()) {
            create = create.column(name(column.name()), column.dataType(dialect));
        }
        create.column(name(SEQ), SQLDataType.BIGINT.nullable(false))
                .column(name(SOURCE), (postgres ? SQLDataType.CLOB : SQLDataType.VARCHAR).nullable(true))
                .column(name(SCHEMA_VERSION), SQLDataType.INTEGER.nullable(false))
                .column(name(UPDATED_AT), SQLDataType.TIMESTAMPWITHTIMEZONE.nullable(false))
                .primaryKey(name(KEY))
                .execute();
    }
}
