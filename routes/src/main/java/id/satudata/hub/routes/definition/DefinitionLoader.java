package id.satudata.hub.routes.definition;

import id.satudata.hub.schemas.conform.RecordSteps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the declarations of a config directory (ADR-0003): {@code datasets/*.yaml} with their {@code .avsc}
 * schemas, then {@code pipelines/*.yaml}, each folder in file-name order. Every problem of every file is reported
 * with its file and YAML path; an invalid file never keeps the valid ones out. Plain Java: no Spring, no Camel.
 */
public final class DefinitionLoader {

    private DefinitionLoader() {}

    /** The declarations of a config directory, with the built-in source kinds; a missing folder declares nothing. */
    public static Definitions load(Path configDir) {
        return load(configDir, SourceKinds.builtIn());
    }

    /** The declarations of a config directory, with the given source kinds and no record-level checks. */
    public static Definitions load(Path configDir, SourceKinds kinds) {
        return load(configDir, kinds, RecordSteps.none());
    }

    /**
     * The declarations of a config directory, with the given source kinds and the record-level checks pipelines may
     * declare (such as the region-code checks over the hub's reference data).
     */
    public static Definitions load(Path configDir, SourceKinds kinds, RecordSteps steps) {
        List<DatasetReader.Entry> datasets = readDatasets(configDir);
        PipelineReader reader = new PipelineReader(configDir, new DatasetIndex(datasets), kinds, steps);
        List<PipelineReader.Entry> pipelines = yamlFiles(configDir.resolve("pipelines")).stream()
                .map(reader::read)
                .toList();
        markDuplicates("pipeline", pipelines, PipelineReader.Entry::id, PipelineReader.Entry::problems);

        List<InvalidDefinition> invalid = new ArrayList<>();
        for (DatasetReader.Entry dataset : datasets) {
            if (!dataset.problems().isEmpty()) {
                invalid.add(new InvalidDefinition(
                        InvalidDefinition.DATASET,
                        dataset.id(),
                        null,
                        dataset.file(),
                        dataset.problems().list()));
            }
        }
        for (PipelineReader.Entry pipeline : pipelines) {
            if (!pipeline.problems().isEmpty()) {
                invalid.add(new InvalidDefinition(
                        InvalidDefinition.PIPELINE,
                        pipeline.id(),
                        pipeline.datasetId(),
                        pipeline.file(),
                        pipeline.problems().list()));
            }
        }
        return new Definitions(
                datasets.stream()
                        .filter(dataset -> dataset.problems().isEmpty())
                        .map(DatasetReader.Entry::definition)
                        .toList(),
                pipelines.stream()
                        .filter(pipeline -> pipeline.problems().isEmpty())
                        .map(PipelineReader.Entry::definition)
                        .toList(),
                invalid);
    }

    /**
     * Checks one pipeline declaration sent as text (through the admin API) exactly as {@link #load} checks a file,
     * against the datasets declared now. Whether its id is taken is the caller's to check.
     *
     * @param file where the declaration would be written; names it in the problems
     */
    public static CheckedPipeline checkPipeline(
            Path configDir, SourceKinds kinds, RecordSteps steps, String text, Path file) {
        PipelineReader reader = new PipelineReader(configDir, new DatasetIndex(readDatasets(configDir)), kinds, steps);
        PipelineReader.Entry entry = reader.read(text, file);
        return new CheckedPipeline(
                entry.id(), entry.definition(), entry.problems().list());
    }

    private static List<DatasetReader.Entry> readDatasets(Path configDir) {
        List<DatasetReader.Entry> datasets = yamlFiles(configDir.resolve("datasets")).stream()
                .map(file -> DatasetReader.read(configDir, file))
                .toList();
        markDuplicates("dataset", datasets, DatasetReader.Entry::id, DatasetReader.Entry::problems);
        return datasets;
    }

    /** The {@code .yaml} and {@code .yml} files of a folder, hidden ones aside, by file name. */
    static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
                    })
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** An id declared in several files is a problem of each: the hub cannot tell which one is meant. */
    private static <T> void markDuplicates(
            String kind, List<T> entries, Function<T, String> idOf, Function<T, Problems> problemsOf) {
        Map<String, List<T>> byId = new LinkedHashMap<>();
        for (T entry : entries) {
            if (idOf.apply(entry) != null) {
                byId.computeIfAbsent(idOf.apply(entry), id -> new ArrayList<>()).add(entry);
            }
        }
        for (Map.Entry<String, List<T>> group : byId.entrySet()) {
            for (T entry : group.getValue()) {
                List<String> others = group.getValue().stream()
                        .filter(other -> other != entry)
                        .map(other ->
                                DatasetIndex.display(problemsOf.apply(other).file()))
                        .toList();
                if (!others.isEmpty()) {
                    problemsOf
                            .apply(entry)
                            .add(
                                    "id",
                                    kind + " id '" + group.getKey() + "' is also declared in "
                                            + String.join(", ", others) + "; ids must be unique");
                }
            }
        }
    }
}
