package id.satudata.hub.catalog.pipeline;

import java.util.List;

/** A pipeline declaration that cannot be used, with every problem found in it; nothing was written or started. */
public class InvalidPipelineException extends RuntimeException {

    /**
     * One mistake.
     *
     * @param path where in the declaration, e.g. {@code source.kind} or {@code mapping.tahun.parse.date}; empty when
     *     the declaration as a whole is at fault
     */
    public record Problem(String path, String message) {}

    private final List<Problem> problems;

    public InvalidPipelineException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
