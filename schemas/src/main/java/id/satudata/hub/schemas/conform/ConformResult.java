package id.satudata.hub.schemas.conform;

import java.util.List;
import org.apache.avro.generic.GenericData;

/** Either a canonical record that conforms to the schema, or every reason it does not. */
public sealed interface ConformResult {

    record Conformed(GenericData.Record record) implements ConformResult {}

    record Rejected(List<Violation> violations) implements ConformResult {}
}
