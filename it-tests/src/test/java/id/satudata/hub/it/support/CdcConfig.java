package id.satudata.hub.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A config directory of one dataset {@code puskesmas} (key {@code id}; nama, jumlah, dibuka) and its CDC pipeline
 * on table {@code puskesmas} of a source database, as an agency would declare them.
 */
public final class CdcConfig {

    public static final String DATASET = "puskesmas";
    public static final String PIPELINE = "puskesmas-cdc";

    private static final String SCHEMA =
            """
            {"type": "record", "name": "Puskesmas", "namespace": "id.satudata.test", "fields": [
              {"name": "id", "type": "long"},
              {"name": "nama", "type": "string"},
              {"name": "jumlah", "type": ["null", "int"], "default": null},
              {"name": "dibuka", "type": ["null", {"type": "int", "logicalType": "date"}], "default": null}
            ]}
            """;

    private CdcConfig() {}

    /** Writes the declarations under {@code configDir} and returns it. */
    public static Path write(Path configDir, CdcSourceDatabase source, String user, String extraSource) {
        String table = "postgres".equals(source.connector()) ? "public.puskesmas" : "puskesmas";
        try {
            Files.createDirectories(configDir.resolve("datasets"));
            Files.createDirectories(configDir.resolve("pipelines"));
            Files.writeString(configDir.resolve("datasets/puskesmas.avsc"), SCHEMA);
            Files.writeString(
                    configDir.resolve("datasets/puskesmas.yaml"),
                    """
                    id: puskesmas
                    title: Puskesmas
                    producer: Dinas Kesehatan
                    key-fields: [id]
                    schema: puskesmas.avsc
                    """);
            Files.writeString(
                    configDir.resolve("pipelines/puskesmas-cdc.yaml"),
                    """
                    id: puskesmas-cdc
                    dataset: puskesmas
                    source:
                      kind: cdc
                      connector: %s
                      host: %s
                      database: %s
                      user: %s
                      password-env: %s
                      table: %s
                    %s
                    mapping:
                      nama: { source: nama, transforms: [collapse-spaces] }
                    """
                            .formatted(
                                    source.connector(),
                                    "postgres".equals(source.connector()) ? "localhost" : "127.0.0.1",
                                    source.name(),
                                    user,
                                    CdcSourceDatabase.PASSWORD_ENV,
                                    table,
                                    extraSource.indent(2)));
            return configDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source table's DDL on either database. */
    public static String createTable(CdcSourceDatabase source) {
        return "create table puskesmas (id bigint primary key, nama varchar(200) not null, jumlah integer,"
                + " dibuka date)";
    }
}
