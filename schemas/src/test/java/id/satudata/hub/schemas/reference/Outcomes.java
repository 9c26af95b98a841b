package id.satudata.hub.schemas.reference;

import id.satudata.hub.schemas.conform.ConformResult;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.conform.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericData;

/** What a conformer made of every row of a file: the conformed rows and the rejected ones, with their rules. */
record Outcomes(List<Conformed> conformed, List<Rejected> rejected) {

    record Conformed(RawRecord raw, GenericData.Record record) {}

    record Rejected(RawRecord raw, List<Violation> violations) {}

    static Outcomes of(Conformer conformer, List<RawRecord> rows) {
        List<Conformed> conformed = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (RawRecord row : rows) {
            ConformResult result = conformer.conform(row);
            if (result instanceof ConformResult.Conformed ok) {
                conformed.add(new Conformed(row, ok.record()));
            } else {
                rejected.add(new Rejected(row, ((ConformResult.Rejected) result).violations()));
            }
        }
        return new Outcomes(conformed, rejected);
    }

    /** Rejected rows by the rule of their (first) violation. */
    Map<String, Integer> rejectedByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Rejected row : rejected) {
            counts.merge(row.violations().get(0).rule(), 1, Integer::sum);
        }
        return counts;
    }
}
