package id.satudata.hub.it.jdbc;

import id.satudata.hub.it.support.SourceDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A config directory of datasets of the {@code penduduk} table's shape and jdbc pipelines that fill them from a
 * source database, whose password is read from a secrets file as a deployment would.
 */
public final class JdbcConfig {

    static final String SCHEMA =
            """
            {
              "type": "record",
              "name": "PendudukOpd",
              "namespace": "id.satudata.it",
              "fields": [
                {"name": "id", "type": "long"},
                {"name": "nama", "type": "string"},
                {"name": "jumlah", "type": ["null", "long"], "default": null},
                {"name": "diubah", "type": ["null", {"type": "long", "logicalType": "timestamp-micros"}], "default": null}
              ]
            }
            """;

    private final Path dir;
    private final Path passwordFile;

    public JdbcConfig(Path dir) {
        this.dir = dir;
        this.passwordFile = dir.resolve("secrets/source-password");
        write(passwordFile, SourceDatabase.PASSWORD + "\n");
        write(dir.resolve("datasets/penduduk.avsc"), SCHEMA);
    }

    public Path dir() {
        return dir;
    }

    /** The table of the pipelines' shape, on the source. */
    public static String table(SourceDatabase source, String name) {
        return "create table " + name + " (id bigint primary key, nama varchar(100) not null, jumlah bigint, diubah "
                + source.timestampType() + ")";
    }

    /**
     * A dataset {@code id} and its pipeline {@code id} reading the source with the given settings (besides url,
     * user and password), polled every 300 ms.
     */
    JdbcConfig pipeline(String id, String url, String... settings) {
        dataset(id);
        Map<String, String> source = new LinkedHashMap<>();
        source.put("kind", "jdbc");
        source.put("url", url);
        source.put("user", SourceDatabase.USER);
        source.put("password", passwordReference());
        for (int i = 0; i < settings.length; i += 2) {
            source.put(settings[i], settings[i + 1]);
        }
        StringBuilder yaml = new StringBuilder("id: " + id + "\ndataset: " + id + "\nsource:\n");
        source.forEach((key, value) ->
                yaml.append("  ").append(key).append(": \"").append(value).append("\"\n"));
        yaml.append("schedule:\n  poll-interval: 300ms\nmapping:\n  nama: { source: nama, transforms: [trim] }\n");
        write(dir.resolve("pipelines/" + id + ".yaml"), yaml.toString());
        return this;
    }

    /** A dataset {@code id} of the table's shape, keyed by {@code id}, for pipelines to fill. */
    public JdbcConfig dataset(String id) {
        write(
                dir.resolve("datasets/" + id + ".yaml"),
                "id: " + id + "\ntitle: " + id + "\ndescription: test\nproducer: OPD\nkey-fields: [id]\n"
                        + "schema: penduduk.avsc\n");
        return this;
    }

    /** The source password as a pipeline declares it: a reference to the secrets file, never the password. */
    public String passwordReference() {
        return "${file:" + passwordFile.toAbsolutePath() + "}";
    }

    /** Writes the password file anew, e.g. wrong, before the hub starts. */
    static Path writeSecret(Path dir, String name, String secret) {
        Path file = dir.resolve("secrets/" + name);
        write(file, secret);
        return file;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
