package id.satudata.hub.catalog.registry;

import java.util.List;

/** One version of a subject: the schema it points to and whether it was soft-deleted. */
public record SubjectVersion(
        String subject, int version, int id, String schema, List<SchemaReference> references, boolean deleted) {
    public SubjectVersion {
        references = List.copyOf(references);
    }
}
