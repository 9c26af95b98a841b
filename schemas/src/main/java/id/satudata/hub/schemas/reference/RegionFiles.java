package id.satudata.hub.schemas.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reading the lines of reference CSV files, with the file and line of any problem. */
final class RegionFiles {

    /** One line of a file, split into cells. */
    record Line(Path file, int number, List<String> cells) {
        ReferenceLoadException problem(String message) {
            return new ReferenceLoadException(file + " line " + number + ": " + message);
        }
    }

    private RegionFiles() {}

    /** The {@code .csv} files of a directory whose names start with {@code prefix}, by name; or the file itself. */
    static List<Path> csvFiles(Path path, String prefix) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new ReferenceLoadException("no reference file or directory at " + path.toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> csv = files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
            if (csv.isEmpty()) {
                throw new ReferenceLoadException("no " + prefix + "*.csv file in " + path.toAbsolutePath());
            }
            return csv;
        } catch (IOException e) {
            throw new ReferenceLoadException("cannot list " + path, e);
        }
    }

    /** Each non-empty line in order, without a UTF-8 byte order mark and line-end {@code \r}. */
    static void lines(Path file, Consumer<Line> sink) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReferenceLoadException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            line = i == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!line.isBlank()) {
                sink.accept(new Line(file, i + 1, new ArrayList<>(CsvLine.split(line))));
            }
        }
    }
}
