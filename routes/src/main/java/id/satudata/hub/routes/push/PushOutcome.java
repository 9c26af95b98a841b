package id.satudata.hub.routes.push;

import id.satudata.hub.catalog.store.BatchOutcome;
import id.satudata.hub.catalog.store.QuarantinedRecord;
import id.satudata.hub.schemas.conform.Violation;
import java.util.List;

/**
 * The answer to a push: the run it was, what it read and what became of each record, and every record conform
 * refused (quarantined) with its reasons. {@code read = stored + unchanged + deleted + rejected}.
 */
record PushOutcome(
        String pipeline,
        long run,
        long read,
        long stored,
        long unchanged,
        long deleted,
        long rejected,
        List<Rejection> rejections) {

    /** A record that did not conform: its 1-based index in the body, and each field that broke a rule. */
    record Rejection(long index, List<RejectedField> fields) {}

    /** One violation: the field, the value as pushed, the rule it broke and what is wrong. */
    record RejectedField(String field, String value, String rule, String message) {}

    static PushOutcome of(String pipeline, long run, BatchOutcome outcome, List<QuarantinedRecord> quarantined) {
        List<Rejection> rejections = quarantined.stream()
                .map(record -> new Rejection(
                        record.index(),
                        record.violations().stream().map(PushOutcome::field).toList()))
                .toList();
        long read = outcome.stored() + outcome.unchanged() + outcome.deleted() + outcome.quarantined();
        return new PushOutcome(
                pipeline,
                run,
                read,
                outcome.stored(),
                outcome.unchanged(),
                outcome.deleted(),
                outcome.quarantined(),
                rejections);
    }

    private static RejectedField field(Violation violation) {
        return new RejectedField(violation.field(), violation.rawValue(), violation.rule(), violation.message());
    }
}
