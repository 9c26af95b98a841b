package id.satudata.hub.catalog.store;

import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer for building COPY data on the ingest path. Unlike {@link java.io.ByteArrayOutputStream} it
 * takes no lock per byte and writes whole big-endian words at once: building a batch's rows is most of the CPU a
 * load spends in the hub. One thread at a time.
 */
final class CopyBuffer extends OutputStream {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes;
    private int size;

    CopyBuffer(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    int size() {
        return size;
    }

    void reset() {
        size = 0;
    }

    byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    @Override
    public void write(byte[] source) {
        write(source, 0, source.length);
    }

    void writeShort(int value) {
        ensure(2);
        SHORT.set(bytes, size, (short) value);
        size += 2;
    }

    void writeInt(int value) {
        ensure(4);
        INT.set(bytes, size, value);
        size += 4;
    }

    void writeLong(long value) {
        ensure(8);
        LONG.set(bytes, size, value);
        size += 8;
    }

    /**
     * Writes text as a length-prefixed UTF-8 field. ASCII, which nearly all values are, is copied char by char
     * without the intermediate array {@link String#getBytes} would allocate for every value.
     */
    void writeUtf8Field(String text) {
        int lengthAt = size;
        int length = text.length();
        ensure(4 + length);
        size += 4;
        int ascii = 0;
        while (ascii < length) {
            char c = text.charAt(ascii);
            if (c >= 0x80) {
                break;
            }
            bytes[size++] = (byte) c;
            ascii++;
        }
        if (ascii < length) {
            write(text.substring(ascii).getBytes(StandardCharsets.UTF_8));
        }
        putInt(lengthAt, size - lengthAt - 4);
    }

    /** Overwrites four bytes already written, such as a length known only after its value was written. */
    void putInt(int position, int value) {
        INT.set(bytes, position, value);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
