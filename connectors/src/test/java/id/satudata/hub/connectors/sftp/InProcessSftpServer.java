package id.satudata.hub.connectors.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An agency's SFTP server in the test's JVM: MINA SSHD serving a folder of the test on a free port, with one account
 * that logs in by password or by an allowed key. It can stop and start again on the same port, with the same host
 * key, as a real server restarts.
 */
public final class InProcessSftpServer implements AutoCloseable {

    private final Path root;
    private final String username;
    private final String password;
    private final KeyPair hostKey;
    private final Set<PublicKey> allowedKeys = new CopyOnWriteArraySet<>();
    private SshServer server;
    private int port;

    private InProcessSftpServer(Path root, String username, String password, KeyPair hostKey) {
        this.root = root;
        this.username = username;
        this.password = password;
        this.hostKey = hostKey;
    }

    /** A server of {@code root} on a free port, for {@code username} with {@code password}. */
    public static InProcessSftpServer start(Path root, String username, String password) {
        InProcessSftpServer server = new InProcessSftpServer(root, username, password, newKeyPair());
        server.startOn(0);
        return server;
    }

    /** A fresh key pair of the kind OpenSSH uses by default for ECDSA. */
    public static KeyPair newKeyPair() {
        try {
            return KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder the account sees as {@code /}. */
    public Path root() {
        return root;
    }

    public int port() {
        return port;
    }

    /** The host key's fingerprint as {@code ssh-keygen -l} shows it, {@code SHA256:...}. */
    public String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** The host key as a {@code known_hosts} line for this server's address. */
    public String knownHostsLine(String host) {
        return "[" + host + "]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    /** Lets the account log in with this key too. */
    public void allowKey(PublicKey key) {
        allowedKeys.add(key);
    }

    /** Stops listening, as a server that went down; {@link #restart} brings it back on the same port. */
    public void stop() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restart() {
        startOn(port);
    }

    @Override
    public void close() {
        stop();
    }

    private void startOn(int wanted) {
        server = SshServer.setUpDefaultServer();
        server.setPort(wanted);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((user, given, session) -> username.equals(user) && password.equals(given));
        server.setPublickeyAuthenticator((user, key, session) ->
                username.equals(user) && allowedKeys.stream().anyMatch(allowed -> KeyUtils.compareKeys(allowed, key)));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getPort();
    }
}
