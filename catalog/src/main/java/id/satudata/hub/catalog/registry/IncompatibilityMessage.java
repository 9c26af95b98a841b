package id.satudata.hub.catalog.registry;

import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * One of Avro's incompatibilities in the words of Confluent's verbose compatibility output ({@code errorType},
 * {@code description}, {@code additionalInfo}), which operators and tools already know how to read.
 */
final class IncompatibilityMessage {

    private IncompatibilityMessage() {}

    /**
     * @param reader "new" or "old": which schema reads in this check
     * @param writer the other one
     */
    static String of(Incompatibility incompatibility, String reader, String writer) {
        String path = incompatibility.getLocation();
        String info = incompatibility.getMessage();
        String description =
                switch (incompatibility.getType()) {
                    case FIXED_SIZE_MISMATCH -> "The size of FIXED type field at path '" + path + "' in the " + reader
                            + " schema does not match with the " + writer + " schema";
                    case TYPE_MISMATCH -> "The type (path '" + path + "') of a field in the " + reader
                            + " schema does not match with the " + writer + " schema";
                    case NAME_MISMATCH -> "The name of the schema has changed (path '" + path + "')";
                    case MISSING_ENUM_SYMBOLS -> "The " + reader + " schema is missing enum symbols '" + info
                            + "' at path '" + path + "' in the " + writer + " schema";
                    case MISSING_UNION_BRANCH -> "The " + reader
                            + " schema is missing a type inside a union field at path '" + path + "' in the "
                            + writer + " schema";
                    case READER_FIELD_MISSING_DEFAULT_VALUE -> "The field '" + info + "' at path '" + path
                            + "' in the " + reader + " schema has no default value and is missing in the " + writer
                            + " schema";
                    default -> "";
                };
        return "{errorType:'" + incompatibility.getType() + "', description:'" + description + "', additionalInfo:'"
                + info + "'}";
    }
}
