package id.satudata.hub.connectors.config;

import java.util.List;
import java.util.stream.Collectors;

/** Settings used although they have problems; carries every problem. */
public class InvalidSettingsException extends RuntimeException {

    private final List<SettingProblem> problems;

    public InvalidSettingsException(List<SettingProblem> problems) {
        super(problems.stream().map(SettingProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
