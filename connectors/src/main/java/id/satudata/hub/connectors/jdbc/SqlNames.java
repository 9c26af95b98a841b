package id.satudata.hub.connectors.jdbc;

import id.satudata.hub.connectors.config.SettingValidator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table and column names a {@code jdbc} source puts into its SQL: plain identifiers only, so that a declaration
 * can never inject SQL; they are written unquoted, so each database folds their case as it does for its own users.
 */
final class SqlNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?");

    private SqlNames() {}

    static SettingValidator<String> validator(boolean qualified) {
        return name -> (qualified ? QUALIFIED : NAME).matcher(name).matches()
                ? Optional.empty()
                : Optional.of("must be a plain name of letters, digits and _"
                        + (qualified ? ", optionally schema.name" : "") + ", was '" + name + "'");
    }

    static SettingValidator<List<String>> listValidator() {
        SettingValidator<String> one = validator(false);
        return names -> names.stream().map(one::check).flatMap(Optional::stream).findFirst();
    }
}
