package id.satudata.hub.connectors.sftp;

import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Checks the server's key as a pipeline's {@link HostKeyCheck} says, and remembers why it refused one: the SSH
 * library only reports a closed session, and a refused key must show as what it is, a permanent failure naming the
 * key the server offered. One per SSH client, whose sessions open one after another.
 */
final class HostKeyVerifier implements ServerKeyVerifier {

    private final ServerKeyVerifier check;
    private final String expected;
    private volatile String refusal;

    private HostKeyVerifier(ServerKeyVerifier check, String expected) {
        this.check = check;
        this.expected = expected;
    }

    static HostKeyVerifier of(HostKeyCheck hostKeys) {
        if (hostKeys.fingerprint() != null) {
            return new HostKeyVerifier(
                    (session, address, key) -> fingerprint(key).equals(hostKeys.fingerprint()),
                    "the declared host-key-fingerprint " + hostKeys.fingerprint());
        }
        if (hostKeys.knownHosts() != null) {
            return new HostKeyVerifier(
                    new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, hostKeys.knownHosts()),
                    "a key listed for it in " + hostKeys.knownHosts());
        }
        return new HostKeyVerifier((session, address, key) -> true, "any key");
    }

    static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        if (check.verifyServerKey(session, remoteAddress, serverKey)) {
            return true;
        }
        refusal = "the server's host key " + fingerprint(serverKey) + " is not " + expected
                + " (a different server, or its key changed)";
        return false;
    }

    /** Why the last key was refused, once; empty when none was. */
    Optional<String> takeRefusal() {
        Optional<String> last = Optional.ofNullable(refusal);
        refusal = null;
        return last;
    }
}
