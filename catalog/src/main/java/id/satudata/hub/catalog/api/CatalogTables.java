package id.satudata.hub.catalog.api;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The fixed tables of TABLES.md as the read API sees them. Their names are unquoted so that they match the
 * migrations on both H2 (which folds unquoted names to upper case) and PostgreSQL (lower case).
 */
public final class CatalogTables {

    private CatalogTables() {}

    public static final class Dataset {
        public static final Table<?> TABLE = table(unquotedName("dataset"));
        public static final Field<String> ID = field(unquotedName("id"), SQLDataType.VARCHAR);
        public static final Field<String> TITLE = field(unquotedName("title"), SQLDataType.VARCHAR);
        public static final Field<String> DESCRIPTION = field(unquotedName("description"), SQLDataType.VARCHAR);
        public static final Field<String> PRODUCER = field(unquotedName("producer"), SQLDataType.VARCHAR);
        public static final Field<String> KEY_FIELDS = field(unquotedName("key_fields"), SQLDataType.VARCHAR);
        public static final Field<String> SCHEMA_JSON = field(unquotedName("schema_json"), SQLDataType.CLOB);
        public static final Field<Integer> SCHEMA_VERSION = field(unquotedName("schema_version"), SQLDataType.INTEGER);
        public static final Field<String> TABLE_NAME = field(unquotedName("table_name"), SQLDataType.VARCHAR);
        public static final Field<Long> LAST_SEQ = field(unquotedName("last_seq"), SQLDataType.BIGINT);
        public static final Field<Long> RECORD_COUNT = field(unquotedName("record_count"), SQLDataType.BIGINT);
        public static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
        public static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");

        private Dataset() {}
    }

    public static final class Quarantine {
        public static final Table<?> TABLE = table(unquotedName("quarantine"));
        public static final Field<Long> ID = field(unquotedName("id"), SQLDataType.BIGINT);
        public static final Field<String> DATASET_ID = field(unquotedName("dataset_id"), SQLDataType.VARCHAR);
        public static final Field<String> PIPELINE_ID = field(unquotedName("pipeline_id"), SQLDataType.VARCHAR);
        public static final Field<Long> RUN_ID = field(unquotedName("run_id"), SQLDataType.BIGINT);
        public static final Field<String> SOURCE_REF = field(unquotedName("source_ref"), SQLDataType.VARCHAR);
        public static final Field<Long> RECORD_INDEX = field(unquotedName("record_index"), SQLDataType.BIGINT);
        public static final Field<String> RAW = field(unquotedName("raw"), SQLDataType.CLOB);
        public static final Field<String> VIOLATIONS = field(unquotedName("violations"), SQLDataType.CLOB);
        public static final Field<OffsetDateTime> QUARANTINED_AT = timestamp("quarantined_at");

        private Quarantine() {}
    }

    public static final class IngestRun {
        public static final Table<?> TABLE = table(unquotedName("ingest_run"));
        public static final Field<Long> ID = field(unquotedName("id"), SQLDataType.BIGINT);
        public static final Field<String> PIPELINE_ID = field(unquotedName("pipeline_id"), SQLDataType.VARCHAR);
        public static final Field<String> DATASET_ID = field(unquotedName("dataset_id"), SQLDataType.VARCHAR);
        public static final Field<String> SOURCE_REF = field(unquotedName("source_ref"), SQLDataType.VARCHAR);
        public static final Field<String> STATUS = field(unquotedName("status"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> STARTED_AT = timestamp("started_at");
        public static final Field<OffsetDateTime> FINISHED_AT = timestamp("finished_at");
        public static final Field<Long> READ = count("read_count");
        public static final Field<Long> STORED = count("stored_count");
        public static final Field<Long> UNCHANGED = count("unchanged_count");
        public static final Field<Long> DELETED = count("deleted_count");
        public static final Field<Long> QUARANTINED = count("quarantined_count");
        public static final Field<String> MESSAGE = field(unquotedName("message"), SQLDataType.VARCHAR);

        private IngestRun() {}
    }

    public static final class SourcePosition {
        public static final Table<?> TABLE = table(unquotedName("source_position"));
        public static final Field<String> PIPELINE_ID = field(unquotedName("pipeline_id"), SQLDataType.VARCHAR);
        public static final Field<String> POSITION = field(unquotedName("position"), SQLDataType.VARCHAR);
        public static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");

        private SourcePosition() {}
    }

    private static Field<OffsetDateTime> timestamp(String name) {
        return field(unquotedName(name), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    private static Field<Long> count(String name) {
        return field(unquotedName(name), SQLDataType.BIGINT);
    }
}
