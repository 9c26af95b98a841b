package id.satudata.hub.connectors.config;

/**
 * One mistake in declared settings.
 *
 * @param key the setting as declared, e.g. {@code batch-size}
 * @param message what is wrong and what is allowed
 */
public record SettingProblem(String key, String message) {

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
