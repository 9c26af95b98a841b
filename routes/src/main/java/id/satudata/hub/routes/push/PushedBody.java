package id.satudata.hub.routes.push;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.connectors.file.ReadOptions;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.connectors.push.BodyTooLargeException;
import id.satudata.hub.connectors.push.MalformedBodyException;
import id.satudata.hub.connectors.push.PushBody;
import id.satudata.hub.connectors.push.PushFormat;
import id.satudata.hub.connectors.push.PushedRecords;
import id.satudata.hub.connectors.push.UnsupportedBodyException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * A push request's body, received and read as the API's problems say: 415 for a content type not taken, 413 for a
 * body over the pipeline's limit, 400 with where it broke for one that does not parse.
 */
final class PushedBody implements AutoCloseable {

    private final PushBody body;
    private final ReadOptions options;
    private final String mediaType;

    private PushedBody(PushBody body, ReadOptions options, String mediaType) {
        this.body = body;
        this.options = options;
        this.mediaType = mediaType;
    }

    static PushedBody receive(PushTarget target, String contentType, long contentLength, InputStream in) {
        try {
            ReadOptions options = PushFormat.of(contentType, target.settings());
            String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            String request = "POST " + contentType.trim().toLowerCase(Locale.ROOT);
            return new PushedBody(
                    PushBody.copy(in, contentLength, target.settings().maxBodySize(), request), options, mediaType);
        } catch (UnsupportedBodyException e) {
            throw new ApiException(ApiErrorCode.UNSUPPORTED_MEDIA_TYPE, e.getMessage()).with("accepted", e.accepted());
        } catch (BodyTooLargeException e) {
            throw new ApiException(ApiErrorCode.PAYLOAD_TOO_LARGE, e.getMessage()).with("max_body_size", e.maxBytes());
        }
    }

    /** Every record of the body, or the problem saying where it does not parse; nothing is applied before. */
    List<SourceRecord> records(PushTarget target) {
        try {
            return PushedRecords.readAll(body, options, target.sourceFields());
        } catch (MalformedBodyException e) {
            throw new ApiException(ApiErrorCode.MALFORMED_BODY, e.getMessage() + "; nothing of the body was applied")
                    .with("record", e.record());
        }
    }

    String hash() {
        return body.hash();
    }

    String mediaType() {
        return mediaType;
    }

    @Override
    public void close() {
        body.close();
    }
}
