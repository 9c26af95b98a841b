package id.satudata.hub.routes.definition;

import java.util.regex.Pattern;

/** Dataset and pipeline ids: lower-case letters, digits and dashes, as they name tables, routes and folders. */
final class Ids {

    static final String EXPECTED = "an id matching [a-z0-9][a-z0-9-]*, e.g. penduduk-miskin-jabar";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {}

    /** Whether a declared id is well formed; reports it otherwise. A missing id is reported by the reader. */
    static boolean check(YamlMap yaml, String key, String id) {
        if (id == null) {
            return false;
        }
        if (!ID.matcher(id).matches()) {
            yaml.problems().add(yaml.pathOf(key), "'" + id + "' is not " + EXPECTED);
            return false;
        }
        return true;
    }
}
