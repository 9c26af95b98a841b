package id.satudata.hub.catalog.api.record;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Whether and how a download is compressed: {@code ?gzip=true} asks for a {@code .gz} file (the file itself is
 * gzip), an {@code Accept-Encoding} that accepts gzip gets the plain file gzip-encoded in transit
 * ({@code Content-Encoding: gzip}, undone by the client). Deflate runs at its fastest level: a download is bound by
 * how fast it is written, and the fastest level still shrinks CSV several times.
 */
record DownloadEncoding(boolean gzipFile, boolean gzipTransfer) {

    static DownloadEncoding of(boolean gzipParameter, String acceptEncoding) {
        return new DownloadEncoding(gzipParameter, !gzipParameter && acceptsGzip(acceptEncoding));
    }

    /** Whether an {@code Accept-Encoding} header lists gzip without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return parts.length == 1 || !parts[1].trim().matches("q\\s*=\\s*0(\\.0*)?");
            }
        }
        return false;
    }

    /** The response headers of a download of {@code dataset} in {@code format}. */
    HttpHeaders headers(String dataset, DownloadFormat format) {
        HttpHeaders headers = new HttpHeaders();
        String file = dataset + "." + format.extension() + (gzipFile ? ".gz" : "");
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(file).build());
        headers.set(HttpHeaders.CONTENT_TYPE, gzipFile ? "application/gzip" : format.mediaType());
        if (gzipTransfer) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return headers;
    }

    OutputStream wrap(OutputStream out) throws IOException {
        if (!gzipFile && !gzipTransfer) {
            return out;
        }
        return new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
