package id.satudata.hub.routes.definition;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.InvalidMappingException;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingProblem;
import id.satudata.hub.schemas.conform.RecordSteps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Reads one {@code pipelines/*.yaml} file, or a declaration sent as text, against the datasets read before it. */
final class PipelineReader {

    static final List<String> KEYS = List.of("id", "dataset", "source", "schedule", "mapping", "checks");

    static final Setting<Duration> POLL_INTERVAL = Setting.duration("poll-interval")
            .withDefault(Duration.ofSeconds(1))
            .validatedBy(SettingValidator.positive())
            .doc("How often the source is polled for new data.");
    static final SettingsSpec SCHEDULE = SettingsSpec.of(POLL_INTERVAL);

    /**
     * A pipeline file as read.
     *
     * @param definition the valid definition, or {@code null} when there are problems
     */
    record Entry(String id, String datasetId, Path file, PipelineDefinition definition, Problems problems) {}

    private final Path configDir;
    private final DatasetIndex datasets;
    private final SourceReader sources;
    private final RecordSteps steps;

    PipelineReader(Path configDir, DatasetIndex datasets, SourceKinds kinds, RecordSteps steps) {
        this.configDir = configDir;
        this.datasets = datasets;
        this.sources = new SourceReader(kinds);
        this.steps = steps;
    }

    Entry read(Path file) {
        Problems problems = new Problems(configDir.relativize(file));
        return read(YamlTree.read(file, problems), file, problems);
    }

    /**
     * A declaration sent as text, checked exactly as a file: {@code file} is where it would be written, and names
     * it in the problems.
     */
    Entry read(String text, Path file) {
        Problems problems = new Problems(configDir.relativize(file));
        return read(YamlTree.read(text, problems), file, problems);
    }

    private Entry read(JsonNode root, Path file, Problems problems) {
        YamlMap yaml =
                root == null ? null : YamlMap.of(root, "", problems, "a map of " + String.join(", ", KEYS), KEYS);
        if (yaml == null) {
            return new Entry(null, null, file, null, problems);
        }
        String id = yaml.requiredText("id", Ids.EXPECTED);
        Ids.check(yaml, "id", id);
        String datasetId = yaml.requiredText("dataset", "the id of a dataset declared in datasets/");
        DatasetReader.Entry dataset = datasetId == null ? null : datasets.resolve(datasetId, problems);
        SourceReader.Source source = sources.read(yaml.get("source"), problems);
        Duration pollInterval = pollInterval(yaml.get("schedule"), problems);
        MappingReader.Read mapping =
                MappingReader.read(yaml.get("mapping"), CheckReader.read(yaml.get("checks"), problems), problems);
        Conformer conformer = dataset == null || dataset.schema() == null ? null : compile(dataset, mapping, problems);
        PipelineDefinition definition = problems.isEmpty()
                ? new PipelineDefinition(
                        id,
                        dataset.definition(),
                        source.kind(),
                        source.settings(),
                        source.typed(),
                        mapping.spec(),
                        conformer,
                        pollInterval,
                        file)
                : null;
        return new Entry(id, datasetId, file, definition, problems);
    }

    private static Duration pollInterval(JsonNode schedule, Problems problems) {
        if (schedule != null && !schedule.isObject()) {
            problems.add("schedule", "must be a map of poll-interval, was " + YamlMap.describe(schedule));
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = schedule == null ? Map.of() : (Map<String, Object>) YamlTree.plain(schedule);
        var parsed = SCHEDULE.parse(raw);
        parsed.problems().forEach(p -> problems.add("schedule." + p.key(), p.message()));
        return parsed.isValid() ? parsed.get(POLL_INTERVAL) : null;
    }

    /** Compiles the mapping; problems of fields whose declaration is malformed were reported already. */
    private Conformer compile(DatasetReader.Entry dataset, MappingReader.Read mapping, Problems problems) {
        try {
            return MappingCompiler.compile(dataset.schema(), mapping.spec(), steps);
        } catch (InvalidMappingException e) {
            for (MappingProblem problem : e.problems()) {
                if (problem.path().startsWith("checks[")) {
                    problems.add(problem.path(), problem.message()); // checks sit beside the mapping
                } else if (!mapping.malformed().contains(fieldOf(problem.path()))) {
                    problems.add(Problems.below("mapping", problem.path()), problem.message());
                }
            }
        } catch (RuntimeException e) {
            problems.add("mapping", "cannot be compiled against dataset '" + dataset.id() + "': " + e);
        }
        return null;
    }

    private static String fieldOf(String path) {
        int end = path.length();
        for (char separator : new char[] {'.', '['}) {
            int at = path.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }
}
