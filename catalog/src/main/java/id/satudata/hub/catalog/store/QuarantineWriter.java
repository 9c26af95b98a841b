package id.satudata.hub.catalog.store;

import static org.jooq.impl.DSL.param;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satudata.hub.catalog.store.StoreTables.Quarantine;
import id.satudata.hub.schemas.conform.Violation;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** Files a batch's rejected records with their raw values and every violation, as JSON. */
final class QuarantineWriter {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    void write(DSLContext tx, String datasetId, IngestBatch batch, OffsetDateTime now) {
        if (batch.quarantined().isEmpty()) {
            return;
        }
        BatchBindStep insert = tx.batch(tx.insertInto(
                        Quarantine.TABLE,
                        Quarantine.DATASET_ID,
                        Quarantine.PIPELINE_ID,
                        Quarantine.RUN_ID,
                        Quarantine.SOURCE_REF,
                        Quarantine.RECORD_INDEX,
                        Quarantine.RAW,
                        Quarantine.VIOLATIONS,
                        Quarantine.QUARANTINED_AT)
                .values(
                        param(Quarantine.DATASET_ID.getDataType()),
                        param(Quarantine.PIPELINE_ID.getDataType()),
                        param(Quarantine.RUN_ID.getDataType()),
                        param(Quarantine.SOURCE_REF.getDataType()),
                        param(Quarantine.RECORD_INDEX.getDataType()),
                        param(Quarantine.RAW.getDataType()),
                        param(Quarantine.VIOLATIONS.getDataType()),
                        param(Quarantine.QUARANTINED_AT.getDataType())));
        for (QuarantinedRecord record : batch.quarantined()) {
            insert.bind(
                    datasetId,
                    batch.pipelineId(),
                    batch.runId(),
                    batch.sourceRef(),
                    record.index(),
                    json(record.raw()),
                    json(violations(record.violations())),
                    now);
        }
        insert.execute();
    }

    private static List<Map<String, String>> violations(List<Violation> violations) {
        return violations.stream()
                .map(violation -> {
                    Map<String, String> json = new LinkedHashMap<>();
                    json.put("field", violation.field());
                    json.put("rawValue", violation.rawValue());
                    json.put("rule", violation.rule());
                    json.put("message", violation.message());
                    return json;
                })
                .toList();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a quarantined record cannot be written as JSON", e);
        }
    }
}
