package id.satudata.hub.catalog.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The store's check of a dataset definition, callable before registration and without a database: the same
 * rules {@link DatasetStore#register} applies (id, field names, column types, key fields).
 */
public final class DatasetDefinitions {

    /** Which part of a definition a problem is about. */
    public enum Part {
        ID,
        KEY_FIELDS,
        SCHEMA
    }

    /**
     * One reason the store cannot keep a definition.
     *
     * @param part the part of the definition at fault
     * @param message what is wrong and what is allowed
     */
    public record Problem(Part part, String message) {}

    private DatasetDefinitions() {}

    /** Every problem of a definition; empty when the store can register it. */
    public static List<Problem> check(DatasetDefinition dataset) {
        List<Problem> problems = new ArrayList<>();
        DatasetDefinitionCheck.check(dataset, problems);
        return List.copyOf(problems);
    }

    /** The messages of {@link #check}, in the words of the store's {@code invalid_dataset} error. */
    public static List<String> problems(DatasetDefinition dataset) {
        return check(dataset).stream().map(Problem::message).toList();
    }
}
