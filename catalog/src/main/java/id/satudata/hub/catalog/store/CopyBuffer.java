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

    /** Writes text as a length-prefixed UTF-8 field. */
    void writeUtf8Field(String text) {
        writeInt(text.length());
        if (!appendAscii(text)) {
            size -= 4;
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            writeInt(utf8.length);
            write(utf8);
        }
    }

    /**
     * Appends text that is all ASCII, one byte per char, and returns true; at its first other char leaves the buffer
     * as it was and returns false. Nearly every value is ASCII, and is then its own UTF-8 without the intermediate
     * array {@link String#getBytes} would allocate for it.
     */
    boolean appendAscii(String text) {
        int length = text.length();
        ensure(length);
        int start = size;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                size = start;
                return false;
            }
            bytes[size++] = (byte) c;
        }
        return true;
    }

    /** Drops what was written after {@code position}, a size this buffer had. */
    void truncate(int position) {
        size = position;
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
