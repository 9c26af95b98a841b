package id.satudata.hub.catalog.registry;

import org.apache.avro.Schema;
import org.jooq.DSLContext;

/**
 * Lets the rest of the catalog act on a new schema version before it becomes visible: the store evolves a
 * dataset's table when its value subject gets a new version. Called inside the registration transaction, after
 * the compatibility check passed and before the version is written, so that a hook whose DDL commits (H2 commits
 * on DDL) never leaves a version without its effect. Throwing
 * {@link id.satudata.hub.schemas.registry.RegistryException} refuses the registration with that error.
 */
public interface RegistrationHook {

    /**
     * @param version the number the new version will get in its subject
     */
    void beforeRegister(DSLContext tx, String subject, int version, Schema schema);
}
