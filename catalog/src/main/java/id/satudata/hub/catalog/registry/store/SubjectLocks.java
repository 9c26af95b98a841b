package id.satudata.hub.catalog.registry.store;

import id.satudata.hub.catalog.registry.store.RegistryTables.Subjects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * One row per subject that every writer of the subject locks first, so that the next version number is read and
 * written by one transaction at a time; the primary key of the versions backs it up.
 */
public final class SubjectLocks {

    /** Creates the subject's row if it is new and holds its lock until the transaction ends. */
    public void lock(DSLContext tx, String subject) {
        // insert-if-missing in plain SQL both databases run; two writers of a new subject may still both insert, and
        // the loser's key violation is retried by the caller, finding the row then
        tx.insertInto(Subjects.TABLE, Subjects.SUBJECT)
                .select(DSL.select(DSL.val(subject))
                        .whereNotExists(DSL.selectOne().from(Subjects.TABLE).where(Subjects.SUBJECT.eq(subject))))
                .execute();
        tx.select(Subjects.SUBJECT)
                .from(Subjects.TABLE)
                .where(Subjects.SUBJECT.eq(subject))
                .forUpdate()
                .fetch();
    }
}
