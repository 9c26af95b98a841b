package id.satudata.hub.catalog.store;

import static org.jooq.impl.DSL.name;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of the PostgreSQL fast path for one dataset layout. The staging table is a session-local temporary
 * table whose rows go at commit; the apply statement is one data-modifying CTE per segment.
 */
final class PostgresApplySql {

    private final String staging;
    private final String createStaging;
    private final String copyIn;
    private final String apply;

    PostgresApplySql(DatasetLayout layout, int signature) {
        // the name carries the layout's signature, so a changed schema never meets an old staging table
        this.staging = "stg_" + Integer.toHexString(signature);
        this.createStaging = createStagingSql(layout);
        this.copyIn = "copy " + staging + " (_ord, _seg, _del, _key, " + columns(layout, c -> quote(c.name()))
                + ", _payload) from stdin";
        this.apply = applySql(layout);
    }

    String createStaging() {
        return createStaging;
    }

    String copyIn() {
        return copyIn;
    }

    String truncateStaging() {
        return "truncate " + staging;
    }

    /**
     * Binds: segment, last sequence, source, now, source, now, dataset id, run id, now. Returns the counts of
     * inserted, updated and deleted records.
     */
    String apply() {
        return apply;
    }

    private String createStagingSql(DatasetLayout layout) {
        DSLContext postgres = DSL.using(SQLDialect.POSTGRES);
        CreateTableElementListStep create = postgres.createTemporaryTableIfNotExists(name(staging))
                .column(name("_ord"), SQLDataType.INTEGER)
                .column(name("_seg"), SQLDataType.INTEGER)
                .column(name("_del"), SQLDataType.BOOLEAN)
                .column(name("_key"), SQLDataType.CLOB);
        for (DatasetColumn column : layout.columns()) {
            create = create.column(
                    name(column.name()), column.dataType(SQLDialect.POSTGRES).nullable(true));
        }
        return create.column(name("_payload"), SQLDataType.VARBINARY)
                .onCommitDeleteRows()
                .getSQL();
    }

    private String applySql(DatasetLayout layout) {
        String table = quote(layout.tableName());
        int version = layout.schemaVersion();
        String fields = columns(layout, c -> quote(c.name()));
        return "with changed as (select s._ord, s._key, s._payload, " + columns(layout, c -> "s." + quote(c.name()))
                + ", case when s._del then 'd' when t._key is null then 'c' else 'u' end as _op"
                + " from " + staging + " s left join " + table + " t on t._key = s._key"
                + " where s._seg = ?::int and case when s._del then t._key is not null"
                + " else t._key is null or (" + columns(layout, c -> "t." + quote(c.name()))
                + ") is distinct from (" + columns(layout, c -> "s." + quote(c.name())) + ") end),"
                + " numbered as (select c.*, ?::bigint + row_number() over (order by c._ord) as _seq"
                + " from changed c),"
                + " inserted as (insert into " + table + " (_key, " + fields
                + ", _seq, _source, _schema_version, _updated_at) select _key, " + fields + ", _seq, ?::text, "
                + version + ", ?::timestamptz from numbered where _op = 'c'),"
                + " updated as (update " + table + " t set "
                + columns(layout, c -> quote(c.name()) + " = n." + quote(c.name()))
                + ", _seq = n._seq, _source = ?::text, _schema_version = " + version
                + ", _updated_at = ?::timestamptz from numbered n where n._op = 'u' and t._key = n._key),"
                + " deleted as (delete from " + table + " t using numbered n where n._op = 'd' and t._key = n._key),"
                + " logged as (insert into change_log"
                + " (dataset_id, seq, op, record_key, payload, schema_version, run_id, changed_at)"
                + " select ?::text, _seq, _op, _key, _payload, " + version + ", ?::bigint, ?::timestamptz"
                + " from numbered)"
                + " select count(*) filter (where _op = 'c'), count(*) filter (where _op = 'u'),"
                + " count(*) filter (where _op = 'd') from numbered";
    }

    private static String columns(DatasetLayout layout, Function<DatasetColumn, String> render) {
        List<DatasetColumn> columns = layout.columns();
        return columns.stream().map(render).collect(Collectors.joining(", "));
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
