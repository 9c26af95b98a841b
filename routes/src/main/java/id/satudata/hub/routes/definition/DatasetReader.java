package id.satudata.hub.routes.definition;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetDefinitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/** Reads one {@code datasets/*.yaml} file, its {@code .avsc} schema, and checks it as the store would. */
final class DatasetReader {

    static final List<String> KEYS = List.of("id", "title", "description", "producer", "key-fields", "schema");

    /**
     * A dataset file as read.
     *
     * @param id the declared id, or {@code null}
     * @param schema the parsed schema, or {@code null}; kept for invalid datasets so that their pipelines' mappings
     *     can still be checked
     * @param definition the valid definition, or {@code null} when there are problems
     */
    record Entry(String id, Path file, Schema schema, DatasetDefinition definition, Problems problems) {}

    private DatasetReader() {}

    static Entry read(Path configDir, Path file) {
        Problems problems = new Problems(configDir.relativize(file));
        JsonNode root = YamlTree.read(file, problems);
        if (root == null) {
            return new Entry(null, file, null, null, problems);
        }
        YamlMap yaml = YamlMap.of(root, "", problems, "a map of " + String.join(", ", KEYS), KEYS);
        if (yaml == null) {
            return new Entry(null, file, null, null, problems);
        }
        String id = yaml.requiredText("id", Ids.EXPECTED);
        boolean idValid = Ids.check(yaml, "id", id);
        String title = yaml.requiredText("title", "the dataset's title (text)");
        String description = yaml.optionalText("description", "a description of the dataset (text)");
        String producer = yaml.requiredText("producer", "the agency that publishes the dataset (text)");
        List<String> keyFields = yaml.requiredTextList(
                "key-fields", "a list of the schema fields that identify a record, e.g. [kode_kabupaten_kota, tahun]");
        String schemaFile = yaml.requiredText("schema", "the path of an .avsc file, relative to this file");
        Schema schema = schemaFile == null ? null : schema(file.resolveSibling(schemaFile), schemaFile, problems);
        if (schema != null && keyFields != null) {
            DatasetDefinition checked = new DatasetDefinition(id, title, description, producer, keyFields, schema);
            for (DatasetDefinitions.Problem problem : DatasetDefinitions.check(checked)) {
                switch (problem.part()) {
                    case ID -> {
                        if (idValid) {
                            problems.add("id", problem.message());
                        }
                    }
                    case KEY_FIELDS -> problems.add("key-fields", problem.message());
                    case SCHEMA -> problems.add("schema", "schema file '" + schemaFile + "': " + problem.message());
                }
            }
        }
        DatasetDefinition definition =
                problems.isEmpty() ? new DatasetDefinition(id, title, description, producer, keyFields, schema) : null;
        return new Entry(id, file, schema, definition, problems);
    }

    private static Schema schema(Path file, String declared, Problems problems) {
        if (!Files.isRegularFile(file)) {
            String expected = problems.file()
                    .resolveSibling(declared)
                    .normalize()
                    .toString()
                    .replace('\\', '/');
            problems.add("schema", "schema file '" + declared + "' does not exist (looked for " + expected + ")");
            return null;
        }
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (AvroRuntimeException e) {
            problems.add("schema", "schema file '" + declared + "' is not a valid Avro schema: " + e.getMessage());
        } catch (IOException e) {
            problems.add("schema", "schema file '" + declared + "' cannot be read: " + e.getMessage());
        }
        return null;
    }
}
