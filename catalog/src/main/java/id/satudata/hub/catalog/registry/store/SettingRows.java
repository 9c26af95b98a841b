package id.satudata.hub.catalog.registry.store;

import id.satudata.hub.catalog.registry.CompatibilityLevel;
import id.satudata.hub.catalog.registry.RegistryMode;
import id.satudata.hub.catalog.registry.store.RegistryTables.Settings;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Compatibility levels and modes, global ({@link #GLOBAL} scope) or a subject's own. A subject without its own
 * setting follows the global one; without a global one the defaults apply.
 */
public final class SettingRows {

    /** The scope of the global setting; no subject can be named so. */
    public static final String GLOBAL = "";

    public Optional<CompatibilityLevel> compatibility(DSLContext dsl, String scope) {
        return value(dsl, scope, Settings.COMPATIBILITY).flatMap(CompatibilityLevel::forName);
    }

    public Optional<RegistryMode> mode(DSLContext dsl, String scope) {
        return value(dsl, scope, Settings.MODE).flatMap(RegistryMode::forName);
    }

    public void setCompatibility(DSLContext tx, String scope, CompatibilityLevel level) {
        set(tx, scope, Settings.COMPATIBILITY, level == null ? null : level.name());
    }

    public void setMode(DSLContext tx, String scope, RegistryMode mode) {
        set(tx, scope, Settings.MODE, mode == null ? null : mode.name());
    }

    private static Optional<String> value(DSLContext dsl, String scope, Field<String> column) {
        return dsl.select(column)
                .from(Settings.TABLE)
                .where(Settings.SCOPE.eq(scope))
                .fetchOptional(column);
    }

    private static void set(DSLContext tx, String scope, Field<String> column, String value) {
        tx.insertInto(Settings.TABLE, Settings.SCOPE)
                .select(DSL.select(DSL.val(scope))
                        .whereNotExists(DSL.selectOne().from(Settings.TABLE).where(Settings.SCOPE.eq(scope))))
                .execute();
        tx.update(Settings.TABLE)
                .set(column, value)
                .where(Settings.SCOPE.eq(scope))
                .execute();
    }
}
