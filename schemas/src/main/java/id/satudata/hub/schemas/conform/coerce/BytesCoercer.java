package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.Text;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** To {@code bytes}: the UTF-8 bytes of the text, or with parse {@code bytes: base64} the decoded base64. */
final class BytesCoercer implements Coercer {

    private static final Failure NOT_BASE64 =
            new Failure("bytes", "is not base64 (expected the characters A-Z a-z 0-9 + / and = padding)");

    private final boolean base64;

    BytesCoercer(boolean base64) {
        this.base64 = base64;
    }

    @Override
    public Object coerce(Object value) {
        if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes.clone());
        }
        if (value instanceof ByteBuffer buffer) {
            return buffer.duplicate();
        }
        String text = Text.of(value);
        if (!base64) {
            return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return ByteBuffer.wrap(Base64.getDecoder().decode(Text.strip(text)));
        } catch (IllegalArgumentException notBase64) {
            return NOT_BASE64;
        }
    }
}
