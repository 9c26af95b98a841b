package id.satudata.hub.catalog.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Values in PostgreSQL's binary COPY format: each field a 4-byte length (-1 for null) and the type's binary
 * form. The server parses nothing, which makes a COPY of dates, decimals and timestamps markedly cheaper than text.
 */
final class CopyBinary {

    /** The file header: signature, flags, header extension length. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };
    /** The trailer: a tuple of -1 fields. */
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);
    private static final Instant POSTGRES_EPOCH_INSTANT = Instant.parse("2000-01-01T00:00:00Z");
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private CopyBinary() {}

    /** Writes a record value of a column, converted as {@link ColumnValues} does. */
    static void writeValue(CopyBuffer out, DatasetColumn column, Object value) {
        if (value == null) {
            writeInt(out, -1);
            return;
        }
        switch (column.kind()) {
            case STRING -> writeText(out, value.toString());
            case INT -> writeInt4(out, ((Number) value).intValue());
            case LONG -> writeInt8(out, ((Number) value).longValue());
            case FLOAT -> writeInt4(out, Float.floatToIntBits(((Number) value).floatValue()));
            case DOUBLE -> writeInt8(out, Double.doubleToLongBits(((Number) value).doubleValue()));
            case BOOLEAN -> {
                writeInt(out, 1);
                out.write(((Boolean) value) ? 1 : 0);
            }
            case BYTES -> writeBytes(out, ColumnValues.bytes(value));
            case DATE -> writeInt4(
                    out, (int) ChronoUnit.DAYS.between(POSTGRES_EPOCH, (LocalDate) ColumnValues.jdbc(column, value)));
            case TIMESTAMP -> writeTimestamp(out, ColumnValues.instant(column, value));
            case DECIMAL -> writeNumeric(out, ColumnValues.decimal(column, value));
            case JSON -> writeText(out, RecordJson.value(column.schema(), value));
        }
    }

    static void writeText(CopyBuffer out, String text) {
        if (text == null) {
            writeInt(out, -1);
            return;
        }
        out.writeUtf8Field(text);
    }

    static void writeBytes(CopyBuffer out, byte[] bytes) {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static void writeInt4(CopyBuffer out, int value) {
        writeInt(out, 4);
        writeInt(out, value);
    }

    static void writeInt8(CopyBuffer out, long value) {
        out.writeInt(8);
        out.writeLong(value);
    }

    /** A timestamptz: microseconds since 2000-01-01 UTC. */
    static void writeTimestamp(CopyBuffer out, Instant instant) {
        long seconds = instant.getEpochSecond() - POSTGRES_EPOCH_INSTANT.getEpochSecond();
        writeInt8(out, Math.addExact(Math.multiplyExact(seconds, 1_000_000L), instant.getNano() / 1000));
    }

    /** A numeric: digit count, weight, sign and display scale, then base-10000 digits from the most significant. */
    static void writeNumeric(CopyBuffer out, BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        BigDecimal scaled = value.setScale(scale);
        // align the fraction to whole base-10000 digits, then read the digits off the unscaled integer
        int fractionDigits = (scale + 3) / 4;
        BigInteger unscaled = scaled.unscaledValue().abs().multiply(BigInteger.TEN.pow(fractionDigits * 4 - scale));
        short[] digits = new short[unscaled.bitLength() / 13 + 2];
        int count = unscaled.bitLength() < 63 ? digitsOf(unscaled.longValue(), digits) : digitsOf(unscaled, digits);
        int weight = count - fractionDigits - 1;
        int lowest = 0;
        while (lowest < count && digits[lowest] == 0) {
            lowest++; // trailing zero digits are implied by the display scale
        }
        int written = count - lowest;
        writeInt(out, 8 + 2 * written);
        writeShort(out, written);
        writeShort(out, written == 0 ? 0 : weight);
        writeShort(out, value.signum() < 0 ? 0x4000 : 0);
        writeShort(out, scale);
        for (int i = count - 1; i >= lowest; i--) {
            writeShort(out, digits[i]);
        }
    }

    /** The base-10000 digits of a value that fits a long, least significant first; long division, which most take. */
    private static int digitsOf(long unscaled, short[] digits) {
        int count = 0;
        for (long rest = unscaled; rest > 0; rest /= 10_000) {
            digits[count++] = (short) (rest % 10_000);
        }
        return count;
    }

    private static int digitsOf(BigInteger unscaled, short[] digits) {
        int count = 0;
        for (BigInteger rest = unscaled; rest.signum() > 0; ) {
            BigInteger[] divided = rest.divideAndRemainder(TEN_THOUSAND);
            digits[count++] = divided[1].shortValue();
            rest = divided[0];
        }
        return count;
    }

    static void writeShort(CopyBuffer out, int value) {
        out.writeShort(value);
    }

    static void writeInt(CopyBuffer out, int value) {
        out.writeInt(value);
    }
}
