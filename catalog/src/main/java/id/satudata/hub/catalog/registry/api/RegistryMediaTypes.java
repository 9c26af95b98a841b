package id.satudata.hub.catalog.registry.api;

/**
 * The content types of Confluent's Schema Registry API. Requests may come in any of them (and as
 * {@code application/octet-stream}, what some clients send); responses are {@link #V1_JSON} unless the client
 * accepts only another.
 */
final class RegistryMediaTypes {

    static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
    static final String DEFAULT_JSON = "application/vnd.schemaregistry+json";
    static final String JSON = "application/json";
    static final String OCTET_STREAM = "application/octet-stream";

    /** The property that moves the API, so that {@code schema.registry.url=http://host:8080/registry} works. */
    static final String BASE_PATH = "${hub.registry.base-path:/registry}";

    private RegistryMediaTypes() {}
}
