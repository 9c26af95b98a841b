package id.satudata.hub.connectors.jdbc;

import java.util.HashMap;
import java.util.Map;

/** Declared settings of a jdbc source for tests: a minimal valid declaration per mode, and the typed settings. */
final class JdbcSettingsFixture {

    private JdbcSettingsFixture() {}

    static Map<String, Object> declared(String mode, Object... more) {
        Map<String, Object> declared = new HashMap<>();
        declared.put("url", "jdbc:postgresql://localhost:5432/opd");
        declared.put("mode", mode);
        declared.put("key-columns", "id");
        if (mode.equals("query")) {
            declared.put("query", "select id, nama, diubah from penduduk where aktif");
        } else {
            declared.put("table", "penduduk");
        }
        if (mode.equals("incremental") && !contains(more, "timestamp-column")) {
            declared.put("timestamp-column", "diubah");
        }
        for (int i = 0; i < more.length; i += 2) {
            declared.put((String) more[i], more[i + 1]);
        }
        return declared;
    }

    static JdbcSourceSettings settings(String mode, Object... more) {
        return JdbcSourceSettings.from(JdbcSourceSettings.SPEC.parse(declared(mode, more)));
    }

    private static boolean contains(Object[] more, String key) {
        for (int i = 0; i < more.length; i += 2) {
            if (more[i].equals(key)) {
                return true;
            }
        }
        return false;
    }
}
