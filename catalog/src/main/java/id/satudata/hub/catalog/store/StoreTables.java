package id.satudata.hub.catalog.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The fixed tables of TABLES.md as jOOQ references, for the columns the store writes. */
final class StoreTables {

    private StoreTables() {}

    static final class Dataset {
        static final Table<?> TABLE = table(name("dataset"));
        static final Field<String> ID = field(name("id"), SQLDataType.VARCHAR);
        static final Field<String> TITLE = field(name("title"), SQLDataType.VARCHAR);
        static final Field<String> DESCRIPTION = field(name("description"), SQLDataType.VARCHAR);
        static final Field<String> PRODUCER = field(name("producer"), SQLDataType.VARCHAR);
        static final Field<String> KEY_FIELDS = field(name("key_fields"), SQLDataType.VARCHAR);
        static final Field<String> SCHEMA_JSON = field(name("schema_json"), SQLDataType.VARCHAR);
        static final Field<Integer> SCHEMA_VERSION = field(name("schema_version"), SQLDataType.INTEGER);
        static final Field<String> TABLE_NAME = field(name("table_name"), SQLDataType.VARCHAR);
        static final Field<Long> LAST_SEQ = field(name("last_seq"), SQLDataType.BIGINT);
        static final Field<Long> RECORD_COUNT = field(name("record_count"), SQLDataType.BIGINT);
        static final Field<OffsetDateTime> CREATED_AT = field(name("created_at"), SQLDataType.OFFSETDATETIME);
        static final Field<OffsetDateTime> UPDATED_AT = field(name("updated_at"), SQLDataType.OFFSETDATETIME);

        private Dataset() {}
    }

    static final class ChangeLog {
        static final Table<?> TABLE = table(name("change_log"));
        static final Field<String> DATASET_ID = field(name("dataset_id"), SQLDataType.VARCHAR);
        static final Field<Long> SEQ = field(name("seq"), SQLDataType.BIGINT);
        /** The first sequence of a segment row ({@link ChangeLogSegment}), whose {@code seq} is its last; else null. */
        static final Field<Long> SEQ_FIRST = field(name("seq_first"), SQLDataType.BIGINT);

        static final Field<String> OP = field(name("op"), SQLDataType.CHAR(1));
        static final Field<String> RECORD_KEY = field(name("record_key"), SQLDataType.VARCHAR);
        static final Field<byte[]> PAYLOAD = field(name("payload"), SQLDataType.VARBINARY);
        static final Field<Integer> SCHEMA_VERSION = field(name("schema_version"), SQLDataType.INTEGER);
        static final Field<Long> RUN_ID = field(name("run_id"), SQLDataType.BIGINT);
        static final Field<OffsetDateTime> CHANGED_AT = field(name("changed_at"), SQLDataType.OFFSETDATETIME);

        private ChangeLog() {}
    }

    static final class Quarantine {
        static final Table<?> TABLE = table(name("quarantine"));
        static final Field<String> DATASET_ID = field(name("dataset_id"), SQLDataType.VARCHAR);
        static final Field<String> PIPELINE_ID = field(name("pipeline_id"), SQLDataType.VARCHAR);
        static final Field<Long> RUN_ID = field(name("run_id"), SQLDataType.BIGINT);
        static final Field<String> SOURCE_REF = field(name("source_ref"), SQLDataType.VARCHAR);
        static final Field<Long> RECORD_INDEX = field(name("record_index"), SQLDataType.BIGINT);
        static final Field<String> RAW = field(name("raw"), SQLDataType.VARCHAR);
        static final Field<String> VIOLATIONS = field(name("violations"), SQLDataType.VARCHAR);
        static final Field<OffsetDateTime> QUARANTINED_AT = field(name("quarantined_at"), SQLDataType.OFFSETDATETIME);

        private Quarantine() {}
    }

    static final class IngestRun {
        static final Table<?> TABLE = table(name("ingest_run"));
        static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT.identity(true));
        static final Field<String> PIPELINE_ID = field(name("pipeline_id"), SQLDataType.VARCHAR);
        static final Field<String> DATASET_ID = field(name("dataset_id"), SQLDataType.VARCHAR);
        static final Field<String> SOURCE_REF = field(name("source_ref"), SQLDataType.VARCHAR);
        static final Field<String> STATUS = field(name("status"), SQLDataType.VARCHAR);
        static final Field<OffsetDateTime> STARTED_AT = field(name("started_at"), SQLDataType.OFFSETDATETIME);
        static final Field<OffsetDateTime> FINISHED_AT = field(name("finished_at"), SQLDataType.OFFSETDATETIME);
        static final Field<Long> READ_COUNT = field(name("read_count"), SQLDataType.BIGINT);
        static final Field<Long> STORED_COUNT = field(name("stored_count"), SQLDataType.BIGINT);
        static final Field<Long> UNCHANGED_COUNT = field(name("unchanged_count"), SQLDataType.BIGINT);
        static final Field<Long> DELETED_COUNT = field(name("deleted_count"), SQLDataType.BIGINT);
        static final Field<Long> QUARANTINED_COUNT = field(name("quarantined_count"), SQLDataType.BIGINT);
        static final Field<String> MESSAGE = field(name("message"), SQLDataType.VARCHAR);

        private IngestRun() {}
    }

    static final class SourcePosition {
        static final Table<?> TABLE = table(name("source_position"));
        static final Field<String> PIPELINE_ID = field(name("pipeline_id"), SQLDataType.VARCHAR);
        static final Field<String> POSITION = field(name("position"), SQLDataType.VARCHAR);
        static final Field<OffsetDateTime> UPDATED_AT = field(name("updated_at"), SQLDataType.OFFSETDATETIME);

        private SourcePosition() {}
    }

    static final class OutletPosition {
        static final Table<?> TABLE = table(name("outlet_position"));
        static final Field<String> OUTLET = field(name("outlet"), SQLDataType.VARCHAR);
        static final Field<String> DATASET_ID = field(name("dataset_id"), SQLDataType.VARCHAR);
        static final Field<Long> SEQ = field(name("seq"), SQLDataType.BIGINT);
        static final Field<OffsetDateTime> UPDATED_AT = field(name("updated_at"), SQLDataType.OFFSETDATETIME);

        private OutletPosition() {}
    }

    static final class IdempotentRequest {
        static final Table<?> TABLE = table(name("idempotent_request"));
        static final Field<String> DATASET_ID = field(name("dataset_id"), SQLDataType.VARCHAR);
        static final Field<String> IDEMPOTENCY_KEY = field(name("idempotency_key"), SQLDataType.VARCHAR);
        static final Field<String> REQUEST_HASH = field(name("request_hash"), SQLDataType.VARCHAR);
        static final Field<Integer> RESPONSE_STATUS = field(name("response_status"), SQLDataType.INTEGER);
        static final Field<String> RESPONSE_BODY = field(name("response_body"), SQLDataType.VARCHAR);
        static final Field<OffsetDateTime> CREATED_AT = field(name("created_at"), SQLDataType.OFFSETDATETIME);

        private IdempotentRequest() {}
    }

    static final class IngestedFile {
        static final Table<?> TABLE = table(name("ingested_file"));
        static final Field<String> PIPELINE_ID = field(name("pipeline_id"), SQLDataType.VARCHAR);
        static final Field<String> CHECKSUM = field(name("checksum"), SQLDataType.VARCHAR);
        static final Field<String> FILE_NAME = field(name("file_name"), SQLDataType.VARCHAR);
        static final Field<Long> RUN_ID = field(name("run_id"), SQLDataType.BIGINT);
        static final Field<OffsetDateTime> INGESTED_AT = field(name("ingested_at"), SQLDataType.OFFSETDATETIME);

        private IngestedFile() {}
    }
}
