package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a dataset's table follows a new version of its schema, run on every database by its subclasses. */
abstract class SchemaEvolutionContract extends StoreContract {

    private static final Schema V1 = Kemiskinan.SCHEMA;

    @BeforeEach
    void registerDatasetWithTwoRecords() {
        dataset = Kemiskinan.definition();
        store.register(dataset, 1);
        apply(List.of(Kemiskinan.upsert("3201", 2019, "10.50"), Kemiskinan.upsert("3202", 2019, "20.25")));
    }

    @Test
    void shouldAddANewFieldAsAColumnThatStoredRecordsFillWithItsDefault() {
        Schema v2 = withField(V1, new Schema.Field("sumber", Schema.create(Schema.Type.STRING), null, "BPS"));

        evolve(v2, 2);

        assertThat(store.schemaOf(dataset.id()).version()).isEqualTo(2);
        assertThat(column("sumber")).containsExactly("BPS", "BPS");
        GenericData.Record fresh = copy(Kemiskinan.record("3203", 2020, "5.00"), v2);
        fresh.put("sumber", "Dinsos");
        apply(List.of(new RecordChange.Upsert(fresh)));
        assertThat(column("sumber")).containsExactly("BPS", "BPS", "Dinsos");
        assertThat(new JooqChangeLog(dsl).after(dataset.id(), 0, 10))
                .extracting(ChangeEntry::schemaVersion)
                .containsExactly(1, 1, 2);
    }

    @Test
    void shouldReadPayloadsLoggedUnderTheOldVersionUnderTheNewOneThroughSchemaResolution() {
        Schema v2 = withField(V1, new Schema.Field("sumber", Schema.create(Schema.Type.STRING), null, "BPS"));
        evolve(v2, 2);

        byte[] logged = payload(1);
        GenericRecord read = RecordPayload.decode(V1, v2, logged);

        assertThat(read.get("kode_kabupaten_kota")).hasToString("3201");
        assertThat(read.get("sumber")).hasToString("BPS");
    }

    @Test
    void shouldStoreABatchConformedJustBeforeTheChangeUnderTheNewVersion() {
        Schema v2 = withField(V1, new Schema.Field("sumber", Schema.create(Schema.Type.STRING), null, "BPS"));
        evolve(v2, 2);

        BatchOutcome outcome = apply(List.of(Kemiskinan.upsert("3204", 2021, "7.00")));

        assertThat(outcome.stored()).isEqualTo(1);
        byte[] logged = payload(3);
        assertThat(RecordPayload.decode(v2, logged).get("sumber")).hasToString("BPS");
    }

    @Test
    void shouldStopRequiringARemovedField() {
        Schema v2 = without(V1, "populasi");
        evolve(v2, 2);

        apply(List.of(new RecordChange.Upsert(copy(Kemiskinan.record("3205", 2022, "1.00"), v2))));

        assertThat(column("populasi")).containsExactly(1_002_019L, 1_002_019L, null);
    }

    @Test
    void shouldWidenAPromotedNumberColumnAndKeepItsValues() {
        Schema v2 = retyped(V1, "populasi", Schema.create(Schema.Type.DOUBLE));
        evolve(v2, 2);

        GenericData.Record fresh = copy(Kemiskinan.record("3206", 2023, "1.00"), v2);
        fresh.put("populasi", 2.5e6);
        apply(List.of(new RecordChange.Upsert(fresh)));

        assertThat(column("populasi")).containsExactly(1_002_019.0, 1_002_019.0, 2.5e6);
    }

    @Test
    void shouldRefuseWithEveryReasonAndChangeNothingWhenStoredRecordsCannotFollow() {
        Schema v2 = retyped(
                retyped(
                        withField(V1, new Schema.Field("sumber", Schema.create(Schema.Type.STRING))),
                        "aktif",
                        Schema.create(Schema.Type.STRING)),
                "tahun",
                Schema.create(Schema.Type.LONG));

        assertThatThrownBy(() -> evolve(v2, 2))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.code())
                        .isEqualTo(StoreException.Code.SCHEMA_NOT_EVOLVABLE))
                .hasMessageContaining("field 'sumber' is new and has no default")
                .hasMessageContaining("field 'aktif' changes from boolean to string")
                .hasMessageContaining("key field 'tahun' cannot change its type");
        assertThat(store.schemaOf(dataset.id()).version()).isEqualTo(1);
        assertThat(store.schemaOf(dataset.id()).schema()).isEqualTo(V1);
    }

    private void evolve(Schema schema, int version) {
        dsl.transaction(configuration -> store.evolve(configuration.dsl(), dataset.id(), schema, version));
    }

    private BatchOutcome apply(List<RecordChange> changes) {
        long runId = ledger.startRun("pipeline-" + dataset.id(), dataset.id(), "file.csv");
        return store.apply(
                dataset.id(),
                new IngestBatch(
                        "pipeline-" + dataset.id(), runId, "file.csv", changes.size(), changes, List.of(), null));
    }

    private List<Object> column(String name) {
        return new ArrayList<>(
                dsl.fetch("select " + name + " from ds_" + dataset.id().replace('-', '_') + " order by _seq")
                        .getValues(0));
    }

    private byte[] payload(long seq) {
        return new JooqChangeLog(dsl).after(dataset.id(), seq - 1, 1).get(0).payload();
    }

    private static GenericData.Record copy(GenericRecord record, Schema schema) {
        GenericData.Record copy = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            Schema.Field old = record.getSchema().getField(field.name());
            copy.put(field.pos(), old == null ? null : record.get(old.pos()));
        }
        return copy;
    }

    private static Schema withField(Schema schema, Schema.Field extra) {
        List<Schema.Field> fields = copyFields(schema, null, null);
        fields.add(extra);
        return record(schema, fields);
    }

    private static Schema without(Schema schema, String name) {
        List<Schema.Field> fields = copyFields(schema, null, null);
        fields.removeIf(field -> field.name().equals(name));
        return record(schema, fields);
    }

    private static Schema retyped(Schema schema, String name, Schema type) {
        return record(schema, copyFields(schema, name, type));
    }

    private static List<Schema.Field> copyFields(Schema schema, String retypedName, Schema type) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            fields.add(
                    field.name().equals(retypedName)
                            ? new Schema.Field(field.name(), type)
                            : new Schema.Field(field, field.schema()));
        }
        return fields;
    }

    private static Schema record(Schema schema, List<Schema.Field> fields) {
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
