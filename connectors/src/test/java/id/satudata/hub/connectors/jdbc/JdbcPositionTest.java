package id.satudata.hub.connectors.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcPositionTest {

    @Test
    void shouldKeepEachValueTypeThroughTheCommittedText() {
        List<Object> values = List.of(
                OffsetDateTime.parse("2024-03-01T10:15:30.123456Z"),
                LocalDateTime.parse("2024-03-01T10:15:30.5"),
                LocalDate.parse("2024-03-01"),
                42L,
                new BigDecimal("12.50"),
                "a;b%3B:c");

        JdbcPosition position = new JdbcPosition.Incremental(values);

        assertThat(JdbcPosition.parse(Optional.of(position.toString()))).contains(position);
        assertThat(position.toString()).startsWith("incremental:O2024-03-01T10:15:30.123456Z;L2024");
    }

    @Test
    void shouldWidenSmallIntegersSoTheyBindAsOneType() {
        JdbcPosition position = new JdbcPosition.Incremental(List.of(7, (short) 3));

        assertThat(JdbcPosition.parse(Optional.of(position.toString())))
                .contains(new JdbcPosition.Incremental(List.of(7L, 3L)));
    }

    @Test
    void shouldReadSnapshotInProgressWithAndWithoutAKeyAndSnapshotDone() {
        assertThat(JdbcPosition.parse(Optional.of("snapshot:12;S3201;I2002")))
                .contains(new JdbcPosition.Snapshot(12, List.of("3201", 2002L)));
        assertThat(JdbcPosition.parse(Optional.of("snapshot:12;"))).contains(new JdbcPosition.Snapshot(12, List.of()));
        assertThat(JdbcPosition.parse(Optional.of("snapshot-done:12"))).contains(new JdbcPosition.SnapshotDone(12));
    }

    @Test
    void shouldStartFromScratchAfterAPositionOfAnotherSourceKind() {
        assertThat(JdbcPosition.parse(Optional.of("sha256:ab@10"))).isEmpty();
        assertThat(JdbcPosition.parse(Optional.empty())).isEmpty();
    }

    @Test
    void shouldRefuseAKeyColumnWithoutValue() {
        List<Object> key = new java.util.ArrayList<>();
        key.add(null);

        assertThatThrownBy(() -> new JdbcPosition.Incremental(key).toString())
                .hasMessageContaining("the column has no value");
    }

    @Test
    void shouldSayWhichCommittedPositionCannotBeRead() {
        assertThatThrownBy(() -> JdbcPosition.parse(Optional.of("incremental:X12")))
                .hasMessageContaining("'incremental:X12' cannot be read");
    }
}
