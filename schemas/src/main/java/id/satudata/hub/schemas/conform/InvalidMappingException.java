package id.satudata.hub.schemas.conform;

import java.util.List;
import java.util.stream.Collectors;

/** A mapping that cannot be compiled against its schema, with every problem found. */
public class InvalidMappingException extends RuntimeException {
    private final List<MappingProblem> problems;

    public InvalidMappingException(List<MappingProblem> problems) {
        super(problems.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<MappingProblem> problems() {
        return problems;
    }
}
