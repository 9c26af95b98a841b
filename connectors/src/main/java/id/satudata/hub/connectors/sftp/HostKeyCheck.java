package id.satudata.hub.connectors.sftp;

import java.nio.file.Path;

/**
 * How the hub knows it talks to the agency's server and not to a machine in between: the server's key must be listed
 * in a {@code known_hosts} file, or have the declared SHA-256 fingerprint. Neither means the check is off, which a
 * pipeline must declare explicitly ({@code host-key-check: false}).
 *
 * @param knownHosts an OpenSSH {@code known_hosts} file, or {@code null}
 * @param fingerprint the key's fingerprint as {@code ssh-keygen -l} shows it, {@code SHA256:...}, or {@code null}
 */
public record HostKeyCheck(Path knownHosts, String fingerprint) {

    /** Any host key is accepted. */
    public static final HostKeyCheck OFF = new HostKeyCheck(null, null);

    public boolean enabled() {
        return knownHosts != null || fingerprint != null;
    }
}
