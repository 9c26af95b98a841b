package id.satudata.hub.catalog.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Decides compatibility with Avro's own {@link SchemaCompatibility}, as Confluent's registry does: BACKWARD reads the
 * old data with the new schema, FORWARD the new data with the old schema. Versions are checked newest first and the
 * first incompatible one is reported, with Confluent's verbose messages: one per incompatibility, then the old
 * version, its schema and the level.
 */
public final class CompatibilityChecker {

    /** A live version to check against. */
    public record Previous(int version, String text, Schema schema) {}

    private CompatibilityChecker() {}

    /**
     * @param previous the subject's live versions, ascending; the plain levels look at the last one only
     * @return the reasons the candidate is incompatible; empty when it is compatible
     */
    public static List<String> check(CompatibilityLevel level, Schema candidate, List<Previous> previous) {
        if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
            return List.of();
        }
        List<Previous> checked = level.transitive() ? previous : previous.subList(previous.size() - 1, previous.size());
        for (int i = checked.size() - 1; i >= 0; i--) {
            Previous old = checked.get(i);
            List<String> reasons = new ArrayList<>();
            if (level.backward()) {
                reasons.addAll(reasons(candidate, old.schema(), "new", "old"));
            }
            if (level.forward()) {
                reasons.addAll(reasons(old.schema(), candidate, "old", "new"));
            }
            if (!reasons.isEmpty()) {
                reasons.add("{oldSchemaVersion: " + old.version() + "}");
                reasons.add("{oldSchema: '" + old.text() + "'}");
                reasons.add("{compatibility: '" + level + "'}");
                return List.copyOf(reasons);
            }
        }
        return List.of();
    }

    private static List<String> reasons(Schema reader, Schema writer, String readerLabel, String writerLabel) {
        List<Incompatibility> found = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult()
                .getIncompatibilities();
        return found.stream()
                .map(incompatibility -> IncompatibilityMessage.of(incompatibility, readerLabel, writerLabel))
                .toList();
    }
}
