package id.satudata.hub.routes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.conform.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class BatchConformerTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Penduduk", "fields": [
              {"name": "kode", "type": "string"},
              {"name": "tahun", "type": "int"}
            ]}
            """);

    private final BatchConformer conformer =
            new BatchConformer("p", MappingCompiler.compile(SCHEMA, MappingSpec.identity()));

    @Test
    void shouldTurnEveryRecordIntoAnUpsertOrAQuarantinedRecordSoTheBatchReconciles() {
        Violation wrongColumns =
                new Violation("*", null, "columns", "line 4 has 1 values but the header has 2 columns");
        List<SourceRecord> records = List.of(
                SourceRecord.of(1, raw("kode", "3201", "tahun", "2019.0")),
                SourceRecord.of(2, raw("kode", "3202", "tahun", "20x9")),
                new SourceRecord(3, raw("kode", "3203"), wrongColumns));

        IngestBatch batch = conformer.conform(7, "file.csv", records, "sha256:ab@3");

        assertThat(batch.read()).isEqualTo(3);
        assertThat(batch.changes()).singleElement().satisfies(change -> {
            var record = ((RecordChange.Upsert) change).record();
            assertThat(record.get("kode")).isEqualTo("3201");
            assertThat(record.get("tahun")).isEqualTo(2019);
        });
        assertThat(batch.quarantined()).hasSize(2);
        assertThat(batch.quarantined().get(0).index()).isEqualTo(2);
        assertThat(batch.quarantined().get(0).raw()).containsEntry("tahun", "20x9");
        assertThat(batch.quarantined().get(0).violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("tahun");
            assertThat(violation.rawValue()).isEqualTo("20x9");
            assertThat(violation.rule()).isEqualTo("int");
        });
        assertThat(batch.quarantined().get(1).violations()).containsExactly(wrongColumns);
        assertThat(batch.position()).isEqualTo("sha256:ab@3");
        assertThat(batch.sourceRef()).isEqualTo("file.csv");
    }

    private static RawRecord raw(String... fieldsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new RawRecord() {
            @Override
            public Object get(String field) {
                return values.get(field);
            }

            @Override
            public Map<String, Object> asMap() {
                return values;
            }
        };
    }
}
