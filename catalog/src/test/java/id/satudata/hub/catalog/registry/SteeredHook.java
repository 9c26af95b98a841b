package id.satudata.hub.catalog.registry;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import id.satudata.hub.schemas.registry.RegistryException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.jooq.DSLContext;

/**
 * A registration hook the tests steer by subject name: {@code refused-*} is refused, {@code broken-*} fails with an
 * unexpected exception, {@code rolled-back-*} writes a row in the registration's transaction and then refuses. Every
 * call is recorded with how many versions the subject had when the hook ran.
 */
final class SteeredHook implements RegistrationHook {

    record Call(String subject, int version, String schemaName, int versionsBefore) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void beforeRegister(DSLContext tx, String subject, int version, Schema schema) {
        int before = tx.fetchCount(
                table(name("registry_subject_version")), field(name("subject")).eq(subject));
        calls.add(new Call(subject, version, schema.getFullName(), before));
        if (subject.startsWith("refused-")) {
            throw new RegistryException(409, 40901, "The dataset table cannot take this schema");
        }
        if (subject.startsWith("broken-")) {
            throw new IllegalStateException("the hook broke");
        }
        if (subject.startsWith("rolled-back-")) {
            tx.insertInto(table(name("registry_setting")))
                    .set(field(name("scope")), "written-by-" + subject)
                    .set(field(name("mode")), "READONLY")
                    .execute();
            throw new RegistryException(409, 40901, "Refused after writing");
        }
    }

    List<Call> callsFor(String subject) {
        return calls.stream().filter(call -> call.subject().equals(subject)).toList();
    }
}
