package id.satudata.hub.connectors.sftp;

import id.satudata.hub.connectors.config.SecretRef;
import java.time.Duration;

/**
 * An agency's SFTP server and how the hub logs in: with a password, a private key, or both (the server picks).
 *
 * @param password a reference to the password, or {@code null}
 * @param privateKey a reference to the private key in OpenSSH or PEM form, or {@code null}
 * @param passphrase a reference to the private key's passphrase, or {@code null} for a key without one
 * @param timeout how long connecting, logging in and each SFTP request may take
 */
public record SftpServer(
        String host,
        int port,
        String username,
        SecretRef password,
        SecretRef privateKey,
        SecretRef passphrase,
        HostKeyCheck hostKeys,
        Duration timeout) {

    /** {@code sftp://user@host:port}: who logs in where, without any secret. */
    public String address() {
        return "sftp://" + username + "@" + host + ":" + port;
    }
}
