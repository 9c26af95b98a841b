package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.store.SettingRows;
import id.satudata.hub.catalog.registry.store.VersionRows;
import org.jooq.DSLContext;

/**
 * Compatibility levels and modes, global or per subject, as Confluent's {@code /config} and {@code /mode} keep them.
 * A subject without its own setting follows the global one, and without that the defaults (BACKWARD, READWRITE).
 */
public final class RegistrySettings {

    private final DSLContext dsl;
    private final SettingRows settings = new SettingRows();
    private final VersionRows versions = new VersionRows();

    RegistrySettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    CompatibilityLevel effectiveLevel(DSLContext tx, String subject) {
        return settings.compatibility(tx, subject)
                .or(() -> settings.compatibility(tx, SettingRows.GLOBAL))
                .orElse(CompatibilityLevel.DEFAULT);
    }

    RegistryMode effectiveMode(DSLContext tx, String subject) {
        return settings.mode(tx, subject)
                .or(() -> settings.mode(tx, SettingRows.GLOBAL))
                .orElse(RegistryMode.DEFAULT);
    }

    /** Confluent refuses every write, settings included, to a subject in READONLY mode. */
    void requireWritable(DSLContext tx, String subject) {
        if (effectiveMode(tx, subject == null ? SettingRows.GLOBAL : subject) == RegistryMode.READONLY) {
            throw RegistryErrors.notPermitted(
                    subject == null
                            ? "The registry is in read-only mode"
                            : "Subject " + subject + " is in read-only mode");
        }
    }

    /** The subject's own level, or with {@code defaultToGlobal} the one it follows; 40408 if it has none. */
    public CompatibilityLevel compatibility(String subject, boolean defaultToGlobal) {
        if (subject == null || defaultToGlobal) {
            return effectiveLevel(dsl, scope(subject));
        }
        return settings.compatibility(dsl, subject)
                .orElseThrow(() -> RegistryErrors.compatibilityNotConfigured(subject));
    }

    public CompatibilityLevel setCompatibility(String subject, String level) {
        CompatibilityLevel parsed = CompatibilityLevel.forName(level).orElseThrow(RegistryErrors::invalidCompatibility);
        TransientRetry.run(() -> dsl.transactionResult(configuration -> {
            requireWritable(configuration.dsl(), subject);
            settings.setCompatibility(configuration.dsl(), scope(subject), parsed);
            return parsed;
        }));
        return parsed;
    }

    /** Removes the level and answers the one removed; a subject without its own is 40401, as in Confluent. */
    public CompatibilityLevel deleteCompatibility(String subject) {
        return TransientRetry.run(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            CompatibilityLevel old = subject == null
                    ? effectiveLevel(tx, SettingRows.GLOBAL)
                    : settings.compatibility(tx, subject).orElseThrow(() -> RegistryErrors.subjectNotFound(subject));
            requireWritable(tx, subject);
            settings.setCompatibility(tx, scope(subject), null);
            return old;
        }));
    }

    /** The subject's own mode, or with {@code defaultToGlobal} the one it follows; 40409 if it has none. */
    public RegistryMode mode(String subject, boolean defaultToGlobal) {
        if (subject == null || defaultToGlobal) {
            return effectiveMode(dsl, scope(subject));
        }
        return settings.mode(dsl, subject).orElseThrow(() -> RegistryErrors.modeNotConfigured(subject));
    }

    /**
     * Sets the mode. Entering IMPORT needs the subjects it covers to be empty, unless forced; their soft-deleted
     * versions are then forgotten so that imported versions may take their numbers.
     */
    public RegistryMode setMode(String subject, String mode, boolean force) {
        RegistryMode parsed = RegistryMode.forName(mode).orElseThrow(RegistryErrors::invalidMode);
        TransientRetry.run(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            if (parsed == RegistryMode.IMPORT && effectiveMode(tx, scope(subject)) != RegistryMode.IMPORT && !force) {
                boolean occupied = subject == null
                        ? versions.anyLive(tx)
                        : versions.all(tx, subject).stream().anyMatch(row -> !row.deleted());
                if (occupied) {
                    throw RegistryErrors.notPermitted("Cannot import since found existing subjects");
                }
                versions.deleteSoftDeleted(tx, subject);
            }
            settings.setMode(tx, scope(subject), parsed);
            return parsed;
        }));
        return parsed;
    }

    /** Removes the mode and answers the one removed; a subject without its own is 40401, as in Confluent. */
    public RegistryMode deleteMode(String subject) {
        return TransientRetry.run(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            RegistryMode old = subject == null
                    ? effectiveMode(tx, SettingRows.GLOBAL)
                    : settings.mode(tx, subject).orElseThrow(() -> RegistryErrors.subjectNotFound(subject));
            settings.setMode(tx, scope(subject), null);
            return old;
        }));
    }

    /** Forgets a subject's own level and mode, as Confluent does when the subject's last live version goes. */
    void forget(DSLContext tx, String subject) {
        settings.setCompatibility(tx, subject, null);
        settings.setMode(tx, subject, null);
    }

    private static String scope(String subject) {
        return subject == null ? SettingRows.GLOBAL : subject;
    }
}
