package id.satudata.hub.routes.definition;

import java.nio.file.Path;

/**
 * One mistake in a declaration file.
 *
 * @param file the file, relative to the config directory, e.g. {@code pipelines/penduduk-csv.yaml}
 * @param path where in the file, e.g. {@code mapping.tahun.parse.date} or {@code key-fields[1]}; empty when the
 *     file as a whole is at fault
 * @param message what is wrong and what is allowed
 */
public record DefinitionProblem(Path file, String path, String message) {

    @Override
    public String toString() {
        String where = file.toString().replace('\\', '/');
        return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
    }
}
