package id.satudata.hub.connectors.sftp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * The agency's directory over one logged-in SFTP session. A missing directory, or one the account may not read or
 * change, is a permanent failure naming the path; anything else the session throws is left to be retried.
 */
final class RemoteDirectory {

    private static final Set<Integer> NEEDS_AN_ADMIN = Set.of(
            SftpConstants.SSH_FX_NO_SUCH_FILE,
            SftpConstants.SSH_FX_NO_SUCH_PATH,
            SftpConstants.SSH_FX_PERMISSION_DENIED,
            SftpConstants.SSH_FX_NOT_A_DIRECTORY);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");

    private final SftpClient sftp;
    private final String location;
    private final String directory;

    RemoteDirectory(SftpClient sftp, String location, String directory) {
        this.sftp = sftp;
        this.location = location;
        this.directory = directory.endsWith("/") && directory.length() > 1
                ? directory.substring(0, directory.length() - 1)
                : directory;
    }

    /** The regular files whose names are included, oldest first, so they are read in the order they arrived. */
    List<RemoteFile> list(Predicate<String> includes) throws IOException {
        SftpClient.Attributes attributes = call("list", directory, () -> sftp.stat(directory));
        if (!attributes.isDirectory()) {
            throw SftpSourceException.permanent(location + " is not a directory", null);
        }
        List<RemoteFile> files = new ArrayList<>();
        for (SftpClient.DirEntry entry : call("list", directory, () -> sftp.readDir(directory))) {
            if (entry.getAttributes().isRegularFile() && includes.test(entry.getFilename())) {
                files.add(remoteFile(entry.getFilename(), entry.getAttributes()));
            }
        }
        files.sort(Comparator.comparingLong(RemoteFile::modified).thenComparing(RemoteFile::name));
        return files;
    }

    /** Copies the file to {@code target}; returns the file as the server shows it after the copy. */
    RemoteFile download(RemoteFile file, Path target) throws IOException {
        try (InputStream in = call("read", path(file.name()), () -> sftp.read(path(file.name())))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return remoteFile(file.name(), sftp.stat(path(file.name())));
    }

    void delete(RemoteFile file) throws IOException {
        call("delete", path(file.name()), () -> {
            sftp.remove(path(file.name()));
            return null;
        });
    }

    /** Moves the file into {@code target}; under a time-stamped name when one of its name is already there. */
    void moveTo(RemoteFile file, String target) throws IOException {
        String dir = target.endsWith("/") ? target : target + "/";
        try {
            sftp.rename(path(file.name()), dir + file.name());
        } catch (SftpException taken) {
            String stamped = dir + LocalDateTime.now().format(STAMP) + "-" + file.name();
            call("move to " + target, path(file.name()), () -> {
                sftp.rename(path(file.name()), stamped);
                return null;
            });
        }
    }

    String path(String name) {
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    private static RemoteFile remoteFile(String name, SftpClient.Attributes attributes) {
        long modified = attributes.getModifyTime() == null
                ? 0
                : attributes.getModifyTime().toMillis();
        return new RemoteFile(name, attributes.getSize(), modified);
    }

    private <T> T call(String action, String path, SftpCall<T> call) throws IOException {
        try {
            return call.run();
        } catch (SftpException e) {
            if (NEEDS_AN_ADMIN.contains(e.getStatus())) {
                throw SftpSourceException.permanent(
                        "cannot " + action + " " + path + " on " + location + ": " + describe(e), e);
            }
            throw e;
        }
    }

    private static String describe(SftpException e) {
        return switch (e.getStatus()) {
            case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH -> "no such file or directory";
            case SftpConstants.SSH_FX_PERMISSION_DENIED -> "permission denied";
            case SftpConstants.SSH_FX_NOT_A_DIRECTORY -> "not a directory";
            default -> e.getMessage();
        };
    }

    @FunctionalInterface
    private interface SftpCall<T> {
        T run() throws IOException;
    }
}
