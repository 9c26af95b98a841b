package id.satudata.hub.catalog.registry.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The registry's tables of migration V3 as jOOQ references. */
final class RegistryTables {

    private RegistryTables() {}

    static final class Schemas {
        static final Table<?> TABLE = table(name("registry_schema"));
        static final Field<Integer> ID = field(name("id"), SQLDataType.INTEGER);
        static final Field<String> FINGERPRINT = field(name("fingerprint"), SQLDataType.VARCHAR);
        static final Field<String> SCHEMA_TEXT = field(name("schema_text"), SQLDataType.VARCHAR);
        static final Field<OffsetDateTime> CREATED_AT = field(name("created_at"), SQLDataType.OFFSETDATETIME);

        private Schemas() {}
    }

    static final class References {
        static final Table<?> TABLE = table(name("registry_schema_reference"));
        static final Field<Integer> SCHEMA_ID = field(name("schema_id"), SQLDataType.INTEGER);
        static final Field<Integer> POSITION = field(name("position"), SQLDataType.INTEGER);
        static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR);
        static final Field<String> SUBJECT = field(name("subject"), SQLDataType.VARCHAR);
        static final Field<Integer> VERSION = field(name("version"), SQLDataType.INTEGER);

        private References() {}
    }

    static final class Subjects {
        static final Table<?> TABLE = table(name("registry_subject"));
        static final Field<String> SUBJECT = field(name("subject"), SQLDataType.VARCHAR);

        private Subjects() {}
    }

    static final class Versions {
        static final Table<?> TABLE = table(name("registry_subject_version"));
        static final Field<String> SUBJECT = field(name("subject"), SQLDataType.VARCHAR);
        static final Field<Integer> VERSION = field(name("version"), SQLDataType.INTEGER);
        static final Field<Integer> SCHEMA_ID = field(name("schema_id"), SQLDataType.INTEGER);
        static final Field<Boolean> DELETED = field(name("deleted"), SQLDataType.BOOLEAN);
        static final Field<OffsetDateTime> REGISTERED_AT = field(name("registered_at"), SQLDataType.OFFSETDATETIME);

        private Versions() {}
    }

    static final class Settings {
        static final Table<?> TABLE = table(name("registry_setting"));
        static final Field<String> SCOPE = field(name("scope"), SQLDataType.VARCHAR);
        static final Field<String> COMPATIBILITY = field(name("compatibility"), SQLDataType.VARCHAR);
        static final Field<String> MODE = field(name("mode"), SQLDataType.VARCHAR);

        private Settings() {}
    }

    static final class Locks {
        static final Table<?> TABLE = table(name("registry_lock"));
        static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR);

        private Locks() {}
    }
}
