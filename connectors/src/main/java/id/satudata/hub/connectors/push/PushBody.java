package id.satudata.hub.connectors.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A pushed body copied to a temporary file, so that a body of any size is read by the streaming file readers and
 * never held whole in memory. The size limit is enforced while copying: a body declared or found larger is refused
 * as soon as that is known. The hash covers what was asked (a description of the request and every byte of the
 * body), so that a retry can be told apart from another request reusing its idempotency key. Delete it with
 * {@link #close()}.
 */
public final class PushBody implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final String hash;

    private PushBody(Path file, String hash) {
        this.file = file;
        this.hash = hash;
    }

    /**
     * Copies the body.
     *
     * @param declaredLength the {@code Content-Length}, or -1 when the body is chunked
     * @param request what is asked besides the body, such as the method and content type, hashed before it
     * @throws BodyTooLargeException when the body is, or is declared, larger than {@code maxBytes}
     */
    public static PushBody copy(InputStream body, long declaredLength, long maxBytes, String request) {
        if (declaredLength > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("satudata-push");
            // readers name the file in their messages: "body is not valid JSON at line 3, column 7"
            Path file = dir.resolve("body");
            MessageDigest digest = digestOf(request);
            copy(body, file, maxBytes, digest);
            return new PushBody(file, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            delete(dir);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("the body could not be received: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    private static void copy(InputStream body, Path file, long maxBytes, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new BodyTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** SHA-256 of the request description and the body, in hex. */
    public String hash() {
        return hash;
    }

    /** The hash of a request without a body, such as a delete, hashed as a copied one would be. */
    public static String hashOf(String request) {
        return HexFormat.of().formatHex(digestOf(request).digest());
    }

    @Override
    public void close() {
        delete(file.getParent());
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve("body"));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A SHA-256 digest that has taken the request's description, ended by a line break, before any body byte. */
    private static MessageDigest digestOf(String request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request + "\n").getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
