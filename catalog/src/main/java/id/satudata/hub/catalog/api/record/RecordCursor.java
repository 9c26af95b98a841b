package id.satudata.hub.catalog.api.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code next} cursor of a records page: base64url text of {@code {"q": binding, "after": [values]}},
 * the last row's sort values (as {@link CellText}, ending with its {@code _key}) and the {@link RecordQuery#binding}
 * of the query that issued it, so that a cursor followed with another sort or other filters is refused instead of
 * silently skipping or repeating rows.
 */
final class RecordCursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordCursor() {}

    static String issue(RecordQuery query, List<Object> lastSortValues) {
        ObjectNode cursor = JSON.createObjectNode().put("q", query.binding());
        ArrayNode after = cursor.putArray("after");
        List<FieldColumn> columns = query.sort().columns();
        for (int i = 0; i < columns.size(); i++) {
            after.add(CellText.of(columns.get(i).kind(), lastSortValues.get(i)));
        }
        return encode(cursor.toString());
    }

    /** The sort values of the row a cursor issued by {@code query} stopped at. */
    static List<Object> read(RecordQuery query, String cursor) {
        JsonNode position;
        try {
            position = JSON.readTree(decode(cursor));
        } catch (IOException notJson) {
            throw notIssued(cursor);
        }
        if (!position.isObject()) {
            throw notIssued(cursor);
        }
        List<FieldColumn> columns = query.sort().columns();
        JsonNode after = position.path("after");
        if (!query.binding().equals(position.path("q").asText()) || after.size() != columns.size()) {
            throw new ApiException(
                            ApiErrorCode.INVALID_CURSOR,
                            "Cursor was issued for another sort or other filters; repeat the query that returned it")
                    .with("cursor", cursor);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            JsonNode value = after.get(i);
            try {
                values.add(value.isNull() ? null : RecordFilters.convert(columns.get(i), value.asText()));
            } catch (ApiException unreadable) {
                throw notIssued(cursor);
            }
        }
        return values;
    }

    static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException malformed) {
            throw notIssued(cursor);
        }
    }

    private static ApiException notIssued(String cursor) {
        return new ApiException(ApiErrorCode.INVALID_CURSOR, "Cursor '" + cursor + "' was not issued by this API")
                .with("cursor", cursor);
    }
}
