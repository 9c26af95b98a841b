package id.satudata.hub.connectors.jdbc;

import static id.satudata.hub.connectors.jdbc.JdbcSettingsFixture.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcQueryTest {

    private static final LocalDateTime TS = LocalDateTime.parse("2024-03-01T10:15:30.123456");

    @Test
    void shouldReadWholeTableInKeyOrderForAFreshSnapshot() {
        JdbcQuery query = JdbcQuery.snapshot(settings("snapshot", "key-columns", List.of("kode", "tahun")), List.of());

        assertThat(query.sql()).isEqualTo("select * from penduduk order by kode, tahun");
        assertThat(query.binds()).isEmpty();
    }

    @Test
    void shouldCountTheRowsOfAReadWithItsConditionsAndBindsWithoutItsOrder() {
        JdbcQuery query = JdbcQuery.snapshot(
                        settings("snapshot", "key-columns", List.of("kode", "tahun")), List.of("3201", 2002L))
                .counting();

        assertThat(query.sql()).isEqualTo("select count(*) from penduduk where kode > ? or (kode = ? and (tahun > ?))");
        assertThat(query.binds()).containsExactly("3201", "3201", 2002L);
    }

    @Test
    void shouldResumeSnapshotAfterTheLastCommittedCompoundKey() {
        JdbcQuery query = JdbcQuery.snapshot(
                settings("snapshot", "key-columns", List.of("kode", "tahun")), List.of("3201", 2002L));

        assertThat(query.sql())
                .isEqualTo("select * from penduduk where kode > ? or (kode = ? and (tahun > ?)) order by kode, tahun");
        assertThat(query.binds()).containsExactly("3201", "3201", 2002L);
    }

    @Test
    void shouldReadIncrementallyUpToTheSourceClockMinusTheLagFromTheStart() {
        JdbcQuery query = JdbcQuery.incremental(settings("incremental"), SourceDialect.POSTGRESQL, List.of());

        assertThat(query.sql())
                .isEqualTo("select * from penduduk where diubah <= current_timestamp - interval '5000 milliseconds'"
                        + " order by diubah, id");
        assertThat(query.binds()).isEmpty();
    }

    @Test
    void shouldReadAfterTheWatermarkWithTheKeyAsTieBreaker() {
        JdbcQuery query = JdbcQuery.incremental(
                settings("incremental", "safety-lag", "2s"), SourceDialect.MARIADB, List.of(TS, 42L));

        assertThat(query.sql())
                .isEqualTo("select * from penduduk where diubah <= current_timestamp(6) - interval 2000000 microsecond"
                        + " and (diubah > ? or (diubah = ? and (id > ?))) order by diubah, id");
        assertThat(query.binds()).containsExactly(TS, TS, 42L);
    }

    @Test
    void shouldWrapOwnQueryAsDerivedTableForIncrementalReads() {
        JdbcQuery query = JdbcQuery.incremental(
                settings("query", "timestamp-column", "diubah", "safety-lag", "0s"),
                SourceDialect.STANDARD,
                List.of(TS, 7L));

        assertThat(query.sql())
                .isEqualTo("select * from (select id, nama, diubah from penduduk where aktif) src"
                        + " where diubah <= current_timestamp - interval '0.0' second"
                        + " and (diubah > ? or (diubah = ? and (id > ?))) order by diubah, id");
    }

    @Test
    void shouldRefuseAPositionOfAnotherKey() {
        assertThatThrownBy(() -> JdbcQuery.snapshot(settings("snapshot"), List.of("3201", 2002L)))
                .hasMessageContaining("was the source's key changed?");
    }

    @Test
    void shouldPickDialectByUrl() {
        assertThat(SourceDialect.of("jdbc:postgresql://h/db")).isEqualTo(SourceDialect.POSTGRESQL);
        assertThat(SourceDialect.of("jdbc:mariadb://h/db")).isEqualTo(SourceDialect.MARIADB);
        assertThat(SourceDialect.of("jdbc:mysql://h/db")).isEqualTo(SourceDialect.MARIADB);
        assertThat(SourceDialect.of("jdbc:h2:mem:x")).isEqualTo(SourceDialect.STANDARD);
    }
}
