package id.satudata.hub.connectors.file.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import id.satudata.hub.connectors.file.UnreadableFileException;
import java.io.IOException;

/**
 * Moves a streaming parser to the start of the array a JSON Pointer names, skipping every other value unread, so the
 * records of an API answer saved to a file ({@code /result/records}, {@code /data}) stream like a bare array.
 */
final class JsonPointerSeek {

    private JsonPointerSeek() {}

    static void toArray(JsonParser parser, String pointer, String fileName) throws IOException {
        JsonToken token = parser.nextToken();
        JsonPointer path = JsonPointer.compile(pointer == null ? "" : pointer);
        for (JsonPointer rest = path; !rest.matches(); rest = rest.tail()) {
            if (token == JsonToken.START_OBJECT && rest.mayMatchProperty()) {
                token = toField(parser, rest.getMatchingProperty());
            } else if (token == JsonToken.START_ARRAY && rest.mayMatchElement()) {
                token = toElement(parser, rest.getMatchingIndex());
            } else {
                token = null;
            }
            if (token == null) {
                throw new UnreadableFileException(fileName + " has no " + path + " to read records from");
            }
        }
        if (token != JsonToken.START_ARRAY) {
            throw new UnreadableFileException(fileName + ": " + (path.matches() ? "the file" : path.toString())
                    + " must be an array of records, but is " + describe(token));
        }
    }

    /** The value of the field, or {@code null} when the object has none of that name. */
    private static JsonToken toField(JsonParser parser, String name) throws IOException {
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            boolean wanted = name.equals(parser.currentName());
            JsonToken value = parser.nextToken();
            if (wanted) {
                return value;
            }
            parser.skipChildren();
        }
        return null;
    }

    private static JsonToken toElement(JsonParser parser, int wanted) throws IOException {
        int i = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; i++) {
            if (i == wanted) {
                return token;
            }
            parser.skipChildren();
            token = parser.nextToken();
        }
        return null;
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "empty";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }
}
