package id.satudata.hub.connectors.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.connectors.ingest.SourceRecord;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class ChangeEventsTest {

    private static final Schema KEY =
            SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).build();
    private static final Schema ROW = SchemaBuilder.struct()
            .optional()
            .field("id", Schema.INT64_SCHEMA)
            .field("nama", Schema.OPTIONAL_STRING_SCHEMA)
            .field(
                    "dibuka",
                    org.apache.kafka.connect.data.Date.builder().optional().build())
            .build();
    private static final Schema SOURCE = SchemaBuilder.struct()
            .field("schema", Schema.STRING_SCHEMA)
            .field("table", Schema.STRING_SCHEMA)
            .field("snapshot", Schema.OPTIONAL_STRING_SCHEMA)
            .build();
    private static final Schema ENVELOPE = SchemaBuilder.struct()
            .field("before", ROW)
            .field("after", ROW)
            .field("source", SOURCE)
            .field("op", Schema.STRING_SCHEMA)
            .build();

    @Test
    void shouldReadAnUpdateAsItsRowAfterWithDatesAsLocalDates() {
        Struct after = new Struct(ROW).put("id", 7L).put("nama", "LELES").put("dibuka", new Date(86_400_000L));
        var event = event("u", null, after);

        SourceRecord record = ChangeEvents.toSourceRecord(event, ChangeEvents.envelope(event), 3);

        assertThat(record.delete()).isFalse();
        assertThat(record.index()).isEqualTo(3);
        assertThat(record.raw().asMap())
                .containsEntry("nama", "LELES")
                .containsEntry("dibuka", LocalDate.of(1970, 1, 2));
        assertThat(ChangeEvents.table(ChangeEvents.envelope(event))).isEqualTo("public.puskesmas");
    }

    @Test
    void shouldReadADeleteAsItsKeyEvenWithoutARowBefore() {
        var event = event("d", null, null);

        SourceRecord record = ChangeEvents.toSourceRecord(event, ChangeEvents.envelope(event), 1);

        assertThat(record.delete()).isTrue();
        assertThat(record.raw().asMap()).isEqualTo(Map.of("id", 7L));
    }

    @Test
    void shouldSkipATruncateAndTellHeartbeatsFromChanges() {
        var truncate = event("t", null, null);
        var heartbeat = new org.apache.kafka.connect.source.SourceRecord(
                Map.of(), Map.of(), "__debezium-heartbeat.x", null, null, null, null);

        assertThat(ChangeEvents.toSourceRecord(truncate, ChangeEvents.envelope(truncate), 1))
                .isNull();
        assertThat(ChangeEvents.envelope(heartbeat)).isNull();
    }

    private static org.apache.kafka.connect.source.SourceRecord event(String op, Struct before, Struct after) {
        Struct envelope = new Struct(ENVELOPE)
                .put("before", before)
                .put("after", after)
                .put("source", new Struct(SOURCE).put("schema", "public").put("table", "puskesmas"))
                .put("op", op);
        return new org.apache.kafka.connect.source.SourceRecord(
                Map.of("server", "x"),
                Map.of("lsn", 1),
                "x.public.puskesmas",
                KEY,
                new Struct(KEY).put("id", 7L),
                ENVELOPE,
                envelope);
    }
}
