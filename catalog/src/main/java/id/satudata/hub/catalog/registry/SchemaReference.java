package id.satudata.hub.catalog.registry;

/**
 * A named type a schema takes from another subject's version, as Confluent's references are: {@code name} is the
 * full name of the type the referencing schema uses.
 */
public record SchemaReference(String name, String subject, int version) {}
