package id.satudata.hub.connectors.file;

import static id.satudata.hub.connectors.file.FileFormat.CSV;
import static id.satudata.hub.connectors.file.FileFormat.HTML;
import static id.satudata.hub.connectors.file.FileFormat.JSON;
import static id.satudata.hub.connectors.file.FileFormat.JSONL;
import static id.satudata.hub.connectors.file.FileFormat.XLSX;

import id.satudata.hub.connectors.config.InvalidSettingsException;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingProblem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a setting the declared format never reads, such as {@code sheet} on a CSV pipeline or {@code delimiter}
 * on an XLSX one: left alone it would be silently ignored, and the pipeline read otherwise than its author meant. A
 * setting left at its default is not a mistake, and {@code format: auto} may meet any format, so it reads them all.
 */
final class FormatSettingsCheck {

    private record ReadBy(Setting<?> setting, Set<FileFormat> formats) {}

    private static final List<ReadBy> READERS = List.of(
            new ReadBy(FileSourceSettings.DELIMITER, EnumSet.of(CSV)),
            new ReadBy(FileSourceSettings.QUOTE, EnumSet.of(CSV)),
            new ReadBy(FileSourceSettings.SKIP_LINES, EnumSet.of(CSV)),
            new ReadBy(FileSourceSettings.ENCODING, EnumSet.of(CSV, JSON, JSONL, HTML)),
            new ReadBy(FileSourceSettings.SHEET, EnumSet.of(XLSX)),
            new ReadBy(FileSourceSettings.HEADER_ROW, EnumSet.of(XLSX, HTML)),
            new ReadBy(FileSourceSettings.RECORDS_POINTER, EnumSet.of(JSON)));

    private FormatSettingsCheck() {}

    /** @throws InvalidSettingsException naming each setting that {@code format} does not read */
    static void check(FileFormat format, ParsedSettings parsed) {
        if (format == FileFormat.AUTO) {
            return;
        }
        List<SettingProblem> problems = new ArrayList<>();
        for (ReadBy reader : READERS) {
            Object value = parsed.get(reader.setting());
            if (!reader.formats().contains(format)
                    && !Objects.equals(value, reader.setting().defaultValue())) {
                problems.add(new SettingProblem(
                        reader.setting().name(),
                        "is only read for " + names(reader.formats()) + " files; this pipeline's format is "
                                + format.id()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    private static String names(Set<FileFormat> formats) {
        return formats.stream().map(FileFormat::id).collect(Collectors.joining(", "));
    }
}
