package id.satudata.hub.connectors.sftp;

import java.util.LinkedHashMap;
import java.util.Map;

/** Declared settings of an sftp source for tests: a minimal valid declaration, changed key by key. */
final class SftpSettingsFixture {

    private SftpSettingsFixture() {}

    /**
     * A CSV source of {@code /outgoing} on {@code sftp.opd.example.go.id} with a password and a host key fingerprint,
     * with the given keys set, or removed where the value is {@code null}.
     */
    static Map<String, Object> declared(Object... changes) {
        Map<String, Object> declared = new LinkedHashMap<>();
        declared.put("host", "sftp.opd.example.go.id");
        declared.put("username", "satudata");
        declared.put("password", "${env:OPD_SFTP_PASSWORD}");
        declared.put("host-key-fingerprint", "SHA256:" + "A".repeat(43));
        declared.put("directory", "/outgoing");
        declared.put("format", "csv");
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                declared.remove((String) changes[i]);
            } else {
                declared.put((String) changes[i], changes[i + 1]);
            }
        }
        return declared;
    }

    static SftpSourceSettings settings(Object... changes) {
        return SftpSourceSettings.from(SftpSourceSettings.SPEC.parse(declared(changes)));
    }
}
