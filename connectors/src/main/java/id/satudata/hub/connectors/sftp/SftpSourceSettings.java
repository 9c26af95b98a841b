package id.satudata.hub.connectors.sftp;

import id.satudata.hub.connectors.config.InvalidSettingsException;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.SecretRef;
import id.satudata.hub.connectors.config.Setting;
import id.satudata.hub.connectors.config.SettingProblem;
import id.satudata.hub.connectors.config.SettingValidator;
import id.satudata.hub.connectors.config.SettingsSpec;
import id.satudata.hub.connectors.file.FileSourceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Settings of an {@code sftp} source: the files of a directory on an agency's SFTP server, downloaded into the
 * pipeline's inbox and read there as a {@code file} pipeline reads them, with every one of its settings.
 *
 * @param directory the remote directory, e.g. {@code /outgoing/kemiskinan}
 * @param files how the downloaded files are read, and which remote names are fetched ({@code include})
 */
public record SftpSourceSettings(
        SftpServer server, String directory, AfterDownload afterDownload, FileSourceSettings files) {

    private static final Pattern SHA256_FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");

    public static final Setting<String> HOST = Setting.string("host")
            .required()
            .validatedBy(SftpSourceSettings::hostName)
            .doc("The agency's SFTP server, a name or an address.");
    public static final Setting<Integer> PORT =
            Setting.integer("port").withDefault(22).validatedBy(SettingValidator.between(1, 65_535));
    public static final Setting<String> USERNAME =
            Setting.string("username").required().doc("The account the hub logs in as.");
    public static final Setting<SecretRef> PASSWORD = SecretRef.setting("password")
            .doc("The password as a reference: ${env:NAME} or ${file:PATH}; never the password itself.");
    public static final Setting<SecretRef> PRIVATE_KEY = SecretRef.setting("private-key")
            .doc("The private key (OpenSSH or PEM) as a reference, usually ${file:PATH}.");
    public static final Setting<SecretRef> PRIVATE_KEY_PASSPHRASE = SecretRef.setting("private-key-passphrase")
            .doc("The private key's passphrase as a reference, when it has one.");
    public static final Setting<String> KNOWN_HOSTS = Setting.string("known-hosts")
            .validatedBy(SftpSourceSettings::absolutePath)
            .doc("An OpenSSH known_hosts file (absolute path) that lists the server's key.");
    public static final Setting<String> HOST_KEY_FINGERPRINT = Setting.string("host-key-fingerprint")
            .validatedBy(SftpSourceSettings::fingerprint)
            .doc("The server key's fingerprint as ssh-keygen -l shows it, SHA256:...");
    public static final Setting<Boolean> HOST_KEY_CHECK = Setting.bool("host-key-check")
            .withDefault(true)
            .doc("false accepts any server key: only for a server on a network the hub trusts.");
    public static final Setting<String> DIRECTORY = Setting.string("directory")
            .required()
            .validatedBy(SftpSourceSettings::remoteDirectory)
            .doc("The remote directory the agency puts its files in.");
    public static final Setting<String> AFTER_DOWNLOAD = Setting.choice("after-download", "keep", "delete", "move")
            .doc("keep (the default), delete, or move (to move-to) each remote file once it is downloaded.");
    public static final Setting<String> MOVE_TO = Setting.string("move-to")
            .validatedBy(SftpSourceSettings::remoteDirectory)
            .doc("The remote directory downloaded files are moved to; implies after-download: move.");
    public static final Setting<Duration> TIMEOUT = Setting.duration("timeout")
            .withDefault(Duration.ofSeconds(30))
            .validatedBy(SettingValidator.positive())
            .doc("How long connecting, logging in and each SFTP request may take.");

    public static final SettingsSpec SPEC = SettingsSpec.of(Stream.concat(
                    Stream.of(
                            HOST,
                            PORT,
                            USERNAME,
                            PASSWORD,
                            PRIVATE_KEY,
                            PRIVATE_KEY_PASSPHRASE,
                            KNOWN_HOSTS,
                            HOST_KEY_FINGERPRINT,
                            HOST_KEY_CHECK,
                            DIRECTORY,
                            AFTER_DOWNLOAD,
                            MOVE_TO,
                            TIMEOUT),
                    FileSourceSettings.SPEC.settings().stream())
            .toArray(Setting<?>[]::new));

    /**
     * The settings of valid parsed values.
     *
     * @throws InvalidSettingsException naming each setting that does not fit the others: no credential, no host
     *     key check, a passphrase without key, move-to without move
     */
    public static SftpSourceSettings from(ParsedSettings parsed) {
        List<SettingProblem> problems = new ArrayList<>();
        SftpServer server = new SftpServer(
                parsed.get(HOST),
                parsed.get(PORT),
                parsed.get(USERNAME),
                parsed.get(PASSWORD),
                parsed.get(PRIVATE_KEY),
                parsed.get(PRIVATE_KEY_PASSPHRASE),
                hostKeyCheck(parsed, problems),
                parsed.get(TIMEOUT));
        if (server.password() == null && server.privateKey() == null) {
            problems.add(new SettingProblem(
                    PASSWORD.name(), "is missing: declare password or private-key, as ${env:NAME} or ${file:PATH}"));
        }
        if (server.passphrase() != null && server.privateKey() == null) {
            problems.add(new SettingProblem(PRIVATE_KEY_PASSPHRASE.name(), "is only used with private-key"));
        }
        String directory = parsed.get(DIRECTORY);
        AfterDownload after = afterDownload(parsed, directory, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new SftpSourceSettings(server, directory, after, FileSourceSettings.from(parsed));
    }

    /** {@code sftp://user@host:port/directory}: where the files come from, without any secret. */
    public String location() {
        return server.address() + (directory.startsWith("/") ? "" : "/") + directory;
    }

    private static HostKeyCheck hostKeyCheck(ParsedSettings parsed, List<SettingProblem> problems) {
        String knownHosts = parsed.get(KNOWN_HOSTS);
        String fingerprint = parsed.get(HOST_KEY_FINGERPRINT);
        if (!parsed.get(HOST_KEY_CHECK)) {
            if (knownHosts != null || fingerprint != null) {
                problems.add(new SettingProblem(
                        HOST_KEY_CHECK.name(),
                        "is false, yet " + (knownHosts != null ? "known-hosts" : "host-key-fingerprint")
                                + " is declared: remove one of them"));
            }
            return HostKeyCheck.OFF;
        }
        if (knownHosts == null && fingerprint == null) {
            problems.add(new SettingProblem(
                    HOST_KEY_FINGERPRINT.name(),
                    "is missing: the server's key must be checked; declare host-key-fingerprint (SHA256:..., as"
                            + " ssh-keyscan HOST | ssh-keygen -lf - shows it) or known-hosts, or host-key-check:"
                            + " false to accept any key"));
        } else if (knownHosts != null && fingerprint != null) {
            problems.add(new SettingProblem(
                    KNOWN_HOSTS.name(), "and host-key-fingerprint are both declared: keep one of them"));
        }
        return new HostKeyCheck(knownHosts == null ? null : Path.of(knownHosts), fingerprint);
    }

    private static AfterDownload afterDownload(ParsedSettings parsed, String directory, List<SettingProblem> problems) {
        String declared = parsed.get(AFTER_DOWNLOAD);
        String moveTo = parsed.get(MOVE_TO);
        if (moveTo != null && declared != null && !declared.equals("move")) {
            problems.add(new SettingProblem(MOVE_TO.name(), "is only used with after-download: move"));
        } else if (moveTo == null && "move".equals(declared)) {
            problems.add(new SettingProblem(MOVE_TO.name(), "is missing: after-download: move needs a directory"));
        } else if (moveTo != null && trimSlash(moveTo).equals(trimSlash(directory))) {
            problems.add(new SettingProblem(MOVE_TO.name(), "must not be the directory the files are fetched from"));
        }
        if (moveTo != null) {
            return new AfterDownload(AfterDownload.Action.MOVE, moveTo);
        }
        return "delete".equals(declared) ? new AfterDownload(AfterDownload.Action.DELETE, null) : AfterDownload.KEEP;
    }

    private static String trimSlash(String directory) {
        return directory.endsWith("/") && directory.length() > 1
                ? directory.substring(0, directory.length() - 1)
                : directory;
    }

    private static Optional<String> hostName(String host) {
        return host.isBlank() || host.contains("/") || host.contains("@") || host.contains(" ")
                ? Optional.of("must be a host name or address, without user, port or path, was '" + host + "'")
                : Optional.empty();
    }

    private static Optional<String> absolutePath(String path) {
        return Path.of(path).isAbsolute()
                ? Optional.empty()
                : Optional.of("must be an absolute path, was '" + path + "'");
    }

    private static Optional<String> fingerprint(String fingerprint) {
        return SHA256_FINGERPRINT.matcher(fingerprint).matches()
                ? Optional.empty()
                : Optional.of("must be a SHA-256 fingerprint as ssh-keygen -l shows it, SHA256: and 43 base64"
                        + " characters, was '" + fingerprint + "'");
    }

    private static Optional<String> remoteDirectory(String directory) {
        return directory.isBlank() || directory.contains("*") || directory.contains("..")
                ? Optional.of("must be a remote directory such as /outgoing, was '" + directory + "'")
                : Optional.empty();
    }
}
