package id.satudata.hub.connectors.file.table;

import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingType;
import id.satudata.hub.connectors.config.SettingsSpec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Turns a wide table into a long one: every column whose name matches {@code columns} becomes a record of its own,
 * with the column's name in {@code nameField} and its value in {@code valueField}, next to the row's other columns.
 * BPS tables put years in columns ({@code Nama Wilayah;2020;2019;2018}); a dataset keeps one record per year.
 *
 * @param columns matches the whole name of each column to unpivot, e.g. {@code \d{4}} for years
 */
public record Unpivot(Pattern columns, String nameField, String valueField) {

    static final Setting<String> COLUMNS = Setting.string("columns")
            .required()
            .validatedBy(Unpivot::validPattern)
            .doc("A regular expression matching the whole name of each column to unpivot, e.g. '\\d{4}'.");
    static final Setting<String> NAME_FIELD =
            Setting.string("name-field").required().doc("The field that receives the unpivoted column's name.");
    static final Setting<String> VALUE_FIELD =
            Setting.string("value-field").required().doc("The field that receives the unpivoted column's value.");
    static final SettingsSpec SPEC = SettingsSpec.of(COLUMNS, NAME_FIELD, VALUE_FIELD);

    /** The {@code unpivot} setting's type: a map of columns, name-field and value-field, checked all at once. */
    public static final SettingType<Unpivot> TYPE = new SettingType<>() {
        @Override
        public String describe() {
            return "a map of "
                    + String.join(
                            ", ", SPEC.settings().stream().map(Setting::name).toList());
        }

        @Override
        public Unpivot convert(Object raw) {
            if (!(raw instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("must be " + describe() + ", was '" + raw + "'");
            }
            @SuppressWarnings("unchecked")
            ParsedSettings parsed = SPEC.parse((Map<String, ?>) map);
            if (!parsed.isValid()) {
                throw new IllegalArgumentException(parsed.problems().stream()
                        .map(problem -> problem.key() + " " + problem.message())
                        .collect(Collectors.joining("; ")));
            }
            if (parsed.get(NAME_FIELD).equals(parsed.get(VALUE_FIELD))) {
                throw new IllegalArgumentException("name-field and value-field must differ");
            }
            return new Unpivot(Pattern.compile(parsed.get(COLUMNS)), parsed.get(NAME_FIELD), parsed.get(VALUE_FIELD));
        }
    };

    /** Whether a column is one to unpivot. */
    public boolean unpivots(String column) {
        return columns.matcher(column).matches();
    }

    private static Optional<String> validPattern(String regex) {
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("is not a regular expression: " + e.getDescription() + " in '" + regex + "'");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Unpivot that
                && columns.pattern().equals(that.columns.pattern())
                && nameField.equals(that.nameField)
                && valueField.equals(that.valueField);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns.pattern(), nameField, valueField);
    }

    @Override
    public String toString() {
        return "unpivot " + columns.pattern() + " into " + nameField + ", " + valueField;
    }
}
