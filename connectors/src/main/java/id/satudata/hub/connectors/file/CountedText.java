package id.satudata.hub.connectors.file;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;

/**
 * A text file's reader that knows how many of the file's bytes it has read, so that a long load can say how far
 * it is; the count runs ahead of the records handed out by what the readers buffer (some kilobytes). Read by the
 * thread that reads the file.
 */
public final class CountedText extends BufferedReader {

    private final ByteCount bytes;

    private CountedText(ByteCount bytes, CharsetDecoder decoder) {
        super(new InputStreamReader(bytes, decoder));
        this.bytes = bytes;
    }

    /** The text of a stream, decoded by {@code decoder} (which reports malformed input, as files are read). */
    static CountedText of(InputStream in, CharsetDecoder decoder) {
        return new CountedText(new ByteCount(in), decoder);
    }

    public long bytesRead() {
        return bytes.count;
    }

    private static final class ByteCount extends FilterInputStream {

        private long count;

        ByteCount(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count++;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
