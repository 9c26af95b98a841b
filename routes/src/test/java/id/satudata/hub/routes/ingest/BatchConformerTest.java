package id.satudata.hub.routes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.catalog.store.DatasetSchema;
import id.satudata.hub.catalog.store.IngestBatch;
import id.satudata.hub.catalog.store.RecordChange;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.conform.RecordSteps;
import id.satudata.hub.schemas.conform.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
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

    private static final Schema WITH_SUMBER = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Penduduk", "fields": [
              {"name": "kode", "type": "string"},
              {"name": "tahun", "type": "int"},
              {"name": "sumber", "type": "string", "default": "BPS"}
            ]}
            """);

    private final AtomicReference<DatasetSchema> current =
            new AtomicReference<>(new DatasetSchema("penduduk", 1, SCHEMA, List.of("kode")));

    private static final List<String> KEY = List.of("kode");

    private final BatchConformer conformer = conformer(MappingSpec.identity());

    private static final Schema WITH_JUMLAH_TEXT = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Penduduk", "fields": [
              {"name": "kode", "type": "string"},
              {"name": "tahun", "type": "int"},
              {"name": "jumlah", "type": "string", "default": ""}
            ]}
            """);

    private BatchConformer conformer(MappingSpec mapping) {
        return new BatchConformer(
                "p",
                new SchemaFollowingConformer(
                        mapping,
                        RecordSteps.none(),
                        SCHEMA,
                        KEY,
                        MappingCompiler.compile(SCHEMA, mapping),
                        current::get));
    }

    @Test
    void shouldTurnEveryRecordIntoAnUpsertOrAQuarantinedRecordSoTheBatchReconciles() {
        Violation wrongColumns =
                new Violation("*", null, "columns", "line 4 has 1 values but the header has 2 columns");
        List<SourceRecord> records = List.of(
                SourceRecord.of(1, raw("kode", "3201", "tahun", "2019.0")),
                SourceRecord.of(2, raw("kode", "3202", "tahun", "20x9")),
                new SourceRecord(3, raw("kode", "3203"), wrongColumns));

        IngestBatch batch = conformer.conform(7, "file.csv", records, "sha256:ab@3", null);

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

    @Test
    void shouldConformToANewSchemaVersionFromTheNextBatchOn() {
        List<SourceRecord> records = List.of(SourceRecord.of(1, raw("kode", "3201", "tahun", "2019")));
        assertThat(upsert(conformer.conform(1, "a.csv", records, null, null)).getSchema())
                .isEqualTo(SCHEMA);

        current.set(new DatasetSchema("penduduk", 2, WITH_SUMBER, List.of("kode")));
        var record = upsert(conformer.conform(1, "a.csv", records, null, null));

        assertThat(record.getSchema()).isEqualTo(WITH_SUMBER);
        assertThat(record.get("sumber")).hasToString("BPS");
    }

    @Test
    void shouldDropMappingEntriesOfFieldsANewVersionRemoved() {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        fields.put("sumber", new FieldSpec(null, "Dinas Kependudukan", null, null));
        BatchConformer mapped = new BatchConformer(
                "p",
                new SchemaFollowingConformer(
                        new MappingSpec(fields),
                        RecordSteps.none(),
                        WITH_SUMBER,
                        KEY,
                        MappingCompiler.compile(WITH_SUMBER, new MappingSpec(fields)),
                        current::get));
        current.set(new DatasetSchema("penduduk", 3, SCHEMA, List.of("kode")));

        var record = upsert(mapped.conform(
                1, "a.csv", List.of(SourceRecord.of(1, raw("kode", "3201", "tahun", "2019"))), null, null));

        assertThat(record.getSchema()).isEqualTo(SCHEMA);
    }

    @Test
    void shouldQuarantineEveryRecordWithTheReasonWhenTheMappingNoLongerFitsTheSchema() {
        Schema required = new Schema.Parser()
                .parse(
                        """
                {"type": "record", "name": "Penduduk", "fields": [
                  {"name": "kode", "type": "string"},
                  {"name": "tahun", "type": "int"},
                  {"name": "jumlah", "type": "long", "default": 0}
                ]}
                """);
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        // a constant that was a fine string is no number: version 2 made the field a long
        fields.put("jumlah", new FieldSpec(null, "banyak", null, null));
        current.set(new DatasetSchema("penduduk", 2, required, List.of("kode")));

        BatchConformer mapped = new BatchConformer(
                "p",
                new SchemaFollowingConformer(
                        new MappingSpec(fields),
                        RecordSteps.none(),
                        WITH_JUMLAH_TEXT,
                        KEY,
                        MappingCompiler.compile(WITH_JUMLAH_TEXT, new MappingSpec(fields)),
                        current::get));
        IngestBatch batch = mapped.conform(
                1, "a.csv", List.of(SourceRecord.of(1, raw("kode", "3201", "tahun", "2019"))), null, null);

        assertThat(batch.changes()).isEmpty();
        assertThat(batch.quarantined()).singleElement().satisfies(quarantined -> assertThat(quarantined.violations())
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.rule()).isEqualTo("mapping");
                    assertThat(violation.message()).contains("version 2", "jumlah");
                }));
    }

    @Test
    void shouldTurnASourceDeleteIntoADeleteByTheKeyConformedFromTheKeyFieldsAlone() {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        fields.put("kode", new FieldSpec("kode_wilayah", null, null, null));
        BatchConformer mapped = conformer(new MappingSpec(fields));

        // a delete carries the key values only: the required tahun is missing, and must not matter
        IngestBatch batch =
                mapped.conform(1, "cdc", List.of(SourceRecord.delete(1, raw("kode_wilayah", "32:01"))), "lsn", null);

        assertThat(batch.read()).isEqualTo(1);
        assertThat(batch.quarantined()).isEmpty();
        assertThat(batch.changes()).containsExactly(new RecordChange.Delete("32%3A01"));
    }

    @Test
    void shouldQuarantineADeleteWhoseKeyValueIsMissing() {
        IngestBatch batch =
                conformer.conform(1, "cdc", List.of(SourceRecord.delete(4, raw("tahun", "2019"))), "lsn", null);

        assertThat(batch.changes()).isEmpty();
        assertThat(batch.quarantined()).singleElement().satisfies(quarantined -> {
            assertThat(quarantined.index()).isEqualTo(4);
            assertThat(quarantined.violations()).extracting(Violation::field).containsExactly("kode");
        });
    }

    private static org.apache.avro.generic.GenericRecord upsert(IngestBatch batch) {
        return ((RecordChange.Upsert) batch.changes().get(0)).record();
    }
}
