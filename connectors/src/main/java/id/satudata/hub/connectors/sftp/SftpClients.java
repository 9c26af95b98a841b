package id.satudata.hub.connectors.sftp;

import id.satudata.hub.connectors.config.Secrets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * Opens logged-in SFTP sessions to one agency's server, for one pipeline, with secrets read at each login so that a
 * rotated password takes effect. What fails is sorted by stage: not reaching the server is retried; a refused host
 * key or refused credentials are permanent. The hub's own {@code ~/.ssh} (keys, config) is never used.
 */
public final class SftpClients implements AutoCloseable {

    private final SftpServer server;
    private final Secrets secrets;
    private final HostKeyVerifier hostKeys;
    private final SshClient client;

    private SftpClients(SftpServer server, Secrets secrets, HostKeyVerifier hostKeys, SshClient client) {
        this.server = server;
        this.secrets = secrets;
        this.hostKeys = hostKeys;
        this.client = client;
    }

    public static SftpClients start(SftpServer server, Secrets secrets) {
        HostKeyVerifier hostKeys = HostKeyVerifier.of(server.hostKeys());
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(hostKeys);
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        CoreModuleProperties.AUTH_TIMEOUT.set(client, server.timeout());
        CoreModuleProperties.NIO2_READ_TIMEOUT.set(client, server.timeout());
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, server.timeout());
        client.start();
        return new SftpClients(server, secrets, hostKeys, client);
    }

    /** A logged-in SFTP session; closing it ends the SSH session too. */
    public SftpClient open() {
        hostKeys.takeRefusal();
        ClientSession session;
        try {
            session = client.connect(server.username(), server.host(), server.port())
                    .verify(server.timeout())
                    .getSession();
        } catch (IOException e) {
            throw SftpSourceException.retriable("cannot reach " + server.address() + ": " + reason(e), e);
        }
        try {
            logIn(session);
            return SftpClientFactory.instance().createSftpClient(session).singleSessionInstance();
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw sorted(e);
        }
    }

    private void logIn(ClientSession session) throws IOException {
        if (server.password() != null) {
            session.addPasswordIdentity(secrets.reveal(server.password()));
        }
        if (server.privateKey() != null) {
            for (KeyPair key : privateKeys(session)) {
                session.addPublicKeyIdentity(key);
            }
        }
        session.auth().verify(server.timeout());
    }

    private Iterable<KeyPair> privateKeys(ClientSession session) {
        String key = secrets.reveal(server.privateKey());
        FilePasswordProvider passphrase = server.passphrase() == null
                ? FilePasswordProvider.EMPTY
                : FilePasswordProvider.of(secrets.reveal(server.passphrase()));
        try {
            return SecurityUtils.loadKeyPairIdentities(
                    session,
                    NamedResource.ofName(server.privateKey().toString()),
                    new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)),
                    passphrase);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw SftpSourceException.permanent(
                    "the private key " + server.privateKey() + " cannot be read: "
                            + e.getClass().getSimpleName(),
                    null);
        }
    }

    private RuntimeException sorted(Exception failure) {
        if (failure instanceof SftpSourceException sorted) {
            return sorted;
        }
        String refusal = hostKeys.takeRefusal().orElse(null);
        if (refusal != null) {
            return SftpSourceException.permanent(server.address() + ": " + refusal, failure);
        }
        if (failure instanceof SshException ssh
                && ssh.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE) {
            return SftpSourceException.permanent(
                    server.address() + " refused the login of " + server.username() + ": wrong "
                            + (server.privateKey() == null ? "password" : "password or key")
                            + ", or the account is locked",
                    failure);
        }
        // anything else while logging in (the server closing mid-way, a timeout) may pass: retried, and shown
        return failure instanceof RuntimeException runtime
                ? runtime
                : SftpSourceException.retriable(server.address() + ": cannot log in: " + reason(failure), failure);
    }

    /** The innermost message of a failure, which says what happened rather than where. */
    static String reason(Throwable failure) {
        String reason = failure.getClass().getSimpleName();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        return reason;
    }

    @Override
    public void close() {
        client.stop();
    }
}
