package id.satudata.hub.catalog.registry.store;

/** A row of {@code registry_subject_version}. */
public record VersionRow(String subject, int version, int schemaId, boolean deleted) {}
