package id.satudata.hub.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/** The binary COPY encodings read back by PostgreSQL as the values they were written from. */
class CopyBinaryOnPostgresTest {

    private static final List<String> NUMBERS = List.of(
            "0",
            "0.00",
            "12.50",
            "-0.00001",
            "100000",
            "123456789.0123",
            "-7",
            "0.5",
            "99990000.0001",
            "1E+3",
            "922337203685477.5807", // the largest unscaled value of the long path
            "123456789012345678901234.5678", // beyond a long: the BigInteger path
            "-98765432109876543210");
    private static final List<String> INSTANTS =
            List.of("2000-01-01T00:00:00Z", "1999-12-31T23:59:59.999999Z", "2024-02-01T03:04:05.678901Z");

    @Test
    void shouldWriteNumericsAndTimestampsThatPostgresReadsBackExactly() throws Exception {
        try (var connection =
                DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD)) {
            connection.createStatement().execute("create temporary table binary_values (n numeric, t timestamptz)");
            CopyBuffer out = new CopyBuffer(256);
            out.write(CopyBinary.HEADER);
            for (int i = 0; i < NUMBERS.size(); i++) {
                CopyBinary.writeShort(out, 2);
                CopyBinary.writeNumeric(out, new BigDecimal(NUMBERS.get(i)));
                CopyBinary.writeTimestamp(out, Instant.parse(INSTANTS.get(i % INSTANTS.size())));
            }
            out.write(CopyBinary.TRAILER);
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy binary_values from stdin with (format binary)",
                            new ByteArrayInputStream(out.toByteArray()));

            var rows = connection.createStatement().executeQuery("select n, t from binary_values");
            int read = 0;
            for (int i = 0; rows.next(); i++, read++) {
                BigDecimal expected = new BigDecimal(NUMBERS.get(i));
                assertThat(rows.getBigDecimal(1)).isEqualByComparingTo(expected);
                assertThat(rows.getBigDecimal(1).scale()).isEqualTo(Math.max(expected.scale(), 0));
                assertThat(rows.getObject(2, java.time.OffsetDateTime.class).toInstant())
                        .isEqualTo(Instant.parse(INSTANTS.get(i % INSTANTS.size())));
            }
            assertThat(read).isEqualTo(NUMBERS.size());
        }
    }
}
