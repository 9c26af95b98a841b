package id.satudata.hub.routes.definition;

import id.satudata.hub.connectors.config.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The datasets read from {@code datasets/}, by id, as pipelines refer to them. */
final class DatasetIndex {

    private final Map<String, List<DatasetReader.Entry>> byId = new LinkedHashMap<>();
    private final List<Path> unreadable = new ArrayList<>();

    DatasetIndex(List<DatasetReader.Entry> datasets) {
        for (DatasetReader.Entry dataset : datasets) {
            if (dataset.id() == null) {
                unreadable.add(dataset.problems().file());
            } else {
                byId.computeIfAbsent(dataset.id(), id -> new ArrayList<>()).add(dataset);
            }
        }
    }

    /**
     * The dataset a pipeline names; {@code null} when there is none, or several. A problem at {@code dataset} is
     * reported unless the dataset is valid; an invalid dataset is still returned, so that the pipeline's mapping
     * can be checked against its schema.
     */
    DatasetReader.Entry resolve(String id, Problems problems) {
        List<DatasetReader.Entry> found = byId.getOrDefault(id, List.of());
        if (found.isEmpty()) {
            problems.add("dataset", unknown(id));
            return null;
        }
        if (found.size() > 1) {
            problems.add(
                    "dataset",
                    "dataset '" + id + "' is declared more than once (" + files(found) + "); give each its own id");
            return null;
        }
        DatasetReader.Entry dataset = found.get(0);
        if (!dataset.problems().isEmpty()) {
            problems.add(
                    "dataset",
                    "dataset '" + id + "' is invalid (see " + files(found) + "); this pipeline starts once it is"
                            + " fixed");
        }
        return dataset;
    }

    private String unknown(String id) {
        if (byId.isEmpty() && unreadable.isEmpty()) {
            return "no dataset '" + id + "' is declared: datasets/ holds no dataset files";
        }
        StringBuilder message = new StringBuilder("no dataset '" + id + "' is declared in datasets/");
        Suggestions.closest(id, byId.keySet())
                .ifPresent(match ->
                        message.append("; did you mean '").append(match).append("'?"));
        if (!byId.isEmpty()) {
            message.append("; declared: ").append(String.join(", ", byId.keySet()));
        }
        if (!unreadable.isEmpty()) {
            message.append("; without a readable id: ")
                    .append(unreadable.stream().map(DatasetIndex::display).collect(Collectors.joining(", ")));
        }
        return message.toString();
    }

    private static String files(List<DatasetReader.Entry> datasets) {
        return datasets.stream()
                .map(dataset -> display(dataset.problems().file()))
                .collect(Collectors.joining(", "));
    }

    static String display(Path file) {
        return file.toString().replace('\\', '/');
    }
}
