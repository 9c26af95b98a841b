package id.satudata.hub.routes.definition;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SettingsSpec;
import java.util.function.Function;

/**
 * A kind of source a pipeline may declare in {@code source.kind}: the settings it takes and how valid settings
 * become its typed settings.
 *
 * @param name as declared, e.g. {@code file}
 * @param spec the settings of {@code source} besides {@code kind}
 * @param factory makes the typed settings from valid parsed ones; may throw {@link IllegalArgumentException} for
 *     a combination of settings that is not allowed, or an {@code InvalidSettingsException} naming each setting
 */
public record SourceKind<T>(String name, SettingsSpec spec, Function<ParsedSettings, T> factory) {}
