package id.satudata.hub.connectors.push;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import id.satudata.hub.connectors.file.FileSourceSettings;
import id.satudata.hub.connectors.file.csv.Delimiters;

/**
 * Settings of a {@code push} source: agencies post their records to the hub's API instead of the hub fetching them.
 *
 * @param maxBodySize the largest request body taken, in bytes
 * @param csvDelimiter the field separator of CSV bodies, or {@code null} to detect it per body
 * @param csvQuote the quote character of CSV bodies
 */
public record PushSourceSettings(long maxBodySize, Character csvDelimiter, char csvQuote) {

    public static final long DEFAULT_MAX_BODY_SIZE = 16L << 20;

    public static final Setting<Long> MAX_BODY_SIZE = Setting.of("max-body-size", ByteSizes.TYPE)
            .withDefault(DEFAULT_MAX_BODY_SIZE)
            .validatedBy(SettingValidator.between(1, 1L << 30))
            .doc("The largest request body taken, e.g. 16MB (the default), 512KB or a number of bytes; a larger one"
                    + " is refused with 413 before anything is read.");

    /** CSV bodies share the file source's delimiter and quote settings, with the same defaults. */
    public static final SettingsSpec SPEC =
            SettingsSpec.of(MAX_BODY_SIZE, FileSourceSettings.DELIMITER, FileSourceSettings.QUOTE);

    public static PushSourceSettings from(ParsedSettings parsed) {
        return new PushSourceSettings(
                parsed.get(MAX_BODY_SIZE),
                Delimiters.parse(parsed.get(FileSourceSettings.DELIMITER)),
                parsed.get(FileSourceSettings.QUOTE));
    }

    /** The limit for messages, e.g. {@code 16MB}. */
    public String maxBodySizeText() {
        return ByteSizes.format(maxBodySize);
    }
}
