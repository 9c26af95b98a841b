package id.satudata.hub.catalog.api.pipeline;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;

import id.satudata.hub.catalog.api.CatalogTables.IngestRun;
import id.satudata.hub.catalog.api.CatalogTables.SourcePosition;
import id.satudata.hub.catalog.api.pipeline.RunEntry.Counts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/** Reads the run ledger of pipelines: their last runs and their committed source positions. */
@Repository
class PipelineLedger {

    private static final List<Field<?>> RUN_COLUMNS = List.of(
            IngestRun.ID,
            IngestRun.PIPELINE_ID,
            IngestRun.DATASET_ID,
            IngestRun.SOURCE_REF,
            IngestRun.STATUS,
            IngestRun.STARTED_AT,
            IngestRun.FINISHED_AT,
            IngestRun.READ,
            IngestRun.STORED,
            IngestRun.UNCHANGED,
            IngestRun.DELETED,
            IngestRun.QUARANTINED,
            IngestRun.MESSAGE);

    private final DSLContext sql;

    PipelineLedger(DSLContext sql) {
        this.sql = sql;
    }

    /** The last {@code perPipeline} runs of each pipeline, newest first, in one query. */
    Map<String, List<RunEntry>> lastRuns(Collection<String> pipelineIds, int perPipeline) {
        Field<Integer> rank = rowNumber()
                .over(partitionBy(IngestRun.PIPELINE_ID).orderBy(IngestRun.ID.desc()))
                .as("run_rank");
        Table<?> ranked = sql.select(RUN_COLUMNS)
                .select(rank)
                .from(IngestRun.TABLE)
                .where(IngestRun.PIPELINE_ID.in(pipelineIds))
                .asTable("ranked_run");
        return sql
                .select(RUN_COLUMNS.stream().map(ranked::field).toList())
                .from(ranked)
                .where(ranked.field(rank).le(perPipeline))
                .orderBy(ranked.field(IngestRun.ID).desc())
                .fetch()
                .stream()
                .collect(groupingBy(
                        row -> row.get(1, String.class), LinkedHashMap::new, mapping(PipelineLedger::run, toList())));
    }

    Map<String, PositionEntry> positions(Collection<String> pipelineIds) {
        return sql
                .select(SourcePosition.PIPELINE_ID, SourcePosition.POSITION, SourcePosition.UPDATED_AT)
                .from(SourcePosition.TABLE)
                .where(SourcePosition.PIPELINE_ID.in(pipelineIds))
                .fetch()
                .stream()
                .collect(toMap(row -> row.value1(), row -> new PositionEntry(row.value2(), instant(row.value3()))));
    }

    /** A row of {@link #RUN_COLUMNS}, read by position since it comes from the ranked derived table. */
    private static RunEntry run(Record row) {
        Counts counts = new Counts(
                row.get(7, Long.class),
                row.get(8, Long.class),
                row.get(9, Long.class),
                row.get(10, Long.class),
                row.get(11, Long.class));
        return new RunEntry(
                row.get(0, Long.class),
                row.get(2, String.class),
                row.get(3, String.class),
                row.get(4, String.class),
                instant(row.get(5, OffsetDateTime.class)),
                instant(row.get(6, OffsetDateTime.class)),
                counts,
                row.get(12, String.class));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
