package id.satudata.hub.connectors.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * A REST pipeline's source position, committed with each page as JSON such as
 * {@code {"next":"3","watermark":"2024-05-01"}}, readable in the pipeline's status.
 *
 * @param next the pointer of the page after the last committed one while a run is under way, {@code null} once
 *     a run has read the last page: the next run then starts at the first page
 * @param watermark the watermark the run under way sends, or, once a run is complete, the one the next run sends
 * @param highest the highest watermark field value among the records committed by the run under way
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RestPosition(String next, String watermark, String highest) {

    /** No page committed yet. */
    static final RestPosition START = new RestPosition(null, null, null);

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The position as committed; a position that is not one of these (another kind of source) starts over. */
    static RestPosition parse(Optional<String> committed) {
        if (committed.isEmpty() || !committed.get().startsWith("{")) {
            return START;
        }
        try {
            return JSON.readValue(committed.get(), RestPosition.class);
        } catch (JsonProcessingException e) {
            return START;
        }
    }

    /** The position after a run's last page: the next run starts over, sending the highest watermark seen. */
    static RestPosition complete(String watermark, String highest) {
        return new RestPosition(null, Watermarks.max(watermark, highest), null);
    }

    boolean resumes() {
        return next != null;
    }

    @Override
    public String toString() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a position of three texts is always JSON", e);
        }
    }
}
