package id.satudata.hub.catalog.api.quarantine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.api.CatalogTables.Quarantine;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Reads a dataset's quarantine, newest first, with keyset pagination on the entry id. */
@Repository
class QuarantineRepository {

    private final DSLContext sql;
    private final ObjectMapper json;

    QuarantineRepository(DSLContext sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Entries older than {@code beforeId} (all when null), of one run when {@code runId} is given. */
    QuarantinePage page(String datasetId, Long runId, Long beforeId, int limit) {
        List<Condition> conditions = new ArrayList<>(List.of(Quarantine.DATASET_ID.eq(datasetId)));
        if (runId != null) {
            conditions.add(Quarantine.RUN_ID.eq(runId));
        }
        if (beforeId != null) {
            conditions.add(Quarantine.ID.lt(beforeId));
        }
        List<QuarantineEntry> entries = sql.select(
                        Quarantine.ID,
                        Quarantine.PIPELINE_ID,
                        Quarantine.RUN_ID,
                        Quarantine.SOURCE_REF,
                        Quarantine.RECORD_INDEX,
                        Quarantine.RAW,
                        Quarantine.VIOLATIONS,
                        Quarantine.QUARANTINED_AT)
                .from(Quarantine.TABLE)
                .where(conditions)
                .orderBy(Quarantine.ID.desc())
                .limit(limit + 1)
                .fetch(this::entry);
        boolean more = entries.size() > limit;
        List<QuarantineEntry> page = entries.subList(0, Math.min(limit, entries.size()));
        return new QuarantinePage(
                List.copyOf(page), more ? String.valueOf(page.get(limit - 1).id()) : null);
    }

    private QuarantineEntry entry(Record row) {
        var time = row.get(Quarantine.QUARANTINED_AT);
        return new QuarantineEntry(
                row.get(Quarantine.ID),
                row.get(Quarantine.PIPELINE_ID),
                row.get(Quarantine.RUN_ID),
                row.get(Quarantine.SOURCE_REF),
                row.get(Quarantine.RECORD_INDEX),
                parse(row.get(Quarantine.RAW)),
                parse(row.get(Quarantine.VIOLATIONS)),
                time == null ? null : time.toInstant());
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("A quarantine entry holds text that is not JSON: " + text, notJson);
        }
    }
}
