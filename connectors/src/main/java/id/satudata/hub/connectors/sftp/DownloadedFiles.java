package id.satudata.hub.connectors.sftp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The remote files a pipeline downloaded, by name with size and modification time, kept in a file under the hub's
 * data directory so that a restarted hub does not fetch every kept file again. Files no longer listed are forgotten,
 * so the record stays as small as the remote directory. Not thread-safe: a pipeline's polls run one at a time.
 */
public final class DownloadedFiles {

    private final Path file;
    private final Map<String, RemoteFile> files;

    private DownloadedFiles(Path file, Map<String, RemoteFile> files) {
        this.file = file;
        this.files = files;
    }

    /** The record kept in {@code file}; empty when the file does not exist yet. */
    public static DownloadedFiles at(Path file) {
        Map<String, RemoteFile> files = new HashMap<>();
        if (Files.exists(file)) {
            Properties saved = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                saved.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the downloaded files' record " + file, e);
            }
            saved.stringPropertyNames().forEach(name -> files.put(name, parse(file, name, saved.getProperty(name))));
        }
        return new DownloadedFiles(file, files);
    }

    /** Whether this file was downloaded before with the same size and modification time. */
    public boolean unchanged(RemoteFile remote) {
        return remote.equals(files.get(remote.name()));
    }

    public void add(RemoteFile remote) {
        files.put(remote.name(), remote);
        save();
    }

    /** Forgets the files not in {@code listed}: deleted or moved away remotely. */
    public void keepOnly(Collection<String> listed) {
        if (files.keySet().retainAll(listed)) {
            save();
        }
    }

    private static RemoteFile parse(Path file, String name, String value) {
        try {
            int comma = value.indexOf(',');
            return new RemoteFile(
                    name, Long.parseLong(value.substring(0, comma)), Long.parseLong(value.substring(comma + 1)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the downloaded files' record " + file + " is damaged at '" + name
                    + "': delete it to fetch every remote file once more (a file ingested before is not applied"
                    + " twice)");
        }
    }

    private void save() {
        Properties saved = new Properties();
        files.values().forEach(f -> saved.setProperty(f.name(), f.size() + "," + f.modified()));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                saved.store(out, "remote files downloaded: name=size,modified (ms)");
            }
            // replaced whole, so a crash leaves the old record or the new one, never half of one
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the downloaded files' record " + file, e);
        }
    }
}
