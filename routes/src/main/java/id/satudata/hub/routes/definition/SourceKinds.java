package id.satudata.hub.routes.definition;

import id.satudata.hub.connectors.cdc.CdcSourceSettings;
import id.satudata.hub.connectors.file.FileSourceSettings;
import id.satudata.hub.connectors.jdbc.JdbcSourceSettings;
import id.satudata.hub.connectors.push.PushSourceSettings;
import id.satudata.hub.connectors.rest.RestSourceSettings;
import id.satudata.hub.connectors.sftp.SftpSourceSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The source kinds pipelines may declare, by name. Immutable; {@link #with} adds one. */
public final class SourceKinds {

    private final Map<String, SourceKind<?>> kinds;

    private SourceKinds(Map<String, SourceKind<?>> kinds) {
        this.kinds = kinds;
    }

    /** The kinds the hub ships: {@code file}, {@code rest}, {@code jdbc}, {@code cdc}, {@code sftp} and {@code push}. */
    public static SourceKinds builtIn() {
        return of(
                new SourceKind<>("file", FileSourceSettings.SPEC, FileSourceSettings::from),
                new SourceKind<>("rest", RestSourceSettings.SPEC, RestSourceSettings::from),
                new SourceKind<>("jdbc", JdbcSourceSettings.SPEC, JdbcSourceSettings::from),
                new SourceKind<>("cdc", CdcSourceSettings.SPEC, CdcSourceSettings::from),
                new SourceKind<>("sftp", SftpSourceSettings.SPEC, SftpSourceSettings::from),
                new SourceKind<>("push", PushSourceSettings.SPEC, PushSourceSettings::from));
    }

    public static SourceKinds of(SourceKind<?>... kinds) {
        SourceKinds registry = new SourceKinds(Map.of());
        for (SourceKind<?> kind : kinds) {
            registry = registry.with(kind);
        }
        return registry;
    }

    /** These kinds and one more, which replaces a kind of the same name. */
    public SourceKinds with(SourceKind<?> kind) {
        Map<String, SourceKind<?>> more = new LinkedHashMap<>(kinds);
        more.put(kind.name(), kind);
        return new SourceKinds(java.util.Collections.unmodifiableMap(more));
    }

    public Optional<SourceKind<?>> find(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** The names in registration order. */
    public Set<String> names() {
        return kinds.keySet();
    }
}
