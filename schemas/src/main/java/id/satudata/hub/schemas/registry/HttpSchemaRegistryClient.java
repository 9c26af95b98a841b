package id.satudata.hub.schemas.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A remote Confluent-compatible schema registry (Confluent's own, or another hub's {@code /registry}) over HTTP, so
 * that a region that already runs one can keep it.
 *
 * <p>Schemas by id and ids by (subject, schema) are cached for the life of the client: both are immutable in a
 * registry, so a producer or consumer calls the registry once per schema, not once per record. Nothing that can
 * change (latest, versions, compatibility) is cached. Two threads missing the cache at once may both ask; the
 * answers are the same. Thread-safe.
 *
 * <p>Failures are {@link RegistryException}s. A registry's own error keeps its HTTP status and Confluent
 * {@code error_code}. Failures without such an answer get the status a gateway would answer and one of these codes,
 * so that {@code httpStatus() >= 500} still means "worth retrying":
 *
 * <ul>
 *   <li>{@link #UNREACHABLE} 50001 with status 503: no answer (refused, reset, closed, interrupted)
 *   <li>{@link #TIMED_OUT} 50002 with status 504: no connection or no answer within the configured timeout
 *   <li>{@link #UNREADABLE_ANSWER} 50005 with the answer's status: a body that is not the registry's JSON
 *       (Confluent's Java client uses 50005 for the same case)
 * </ul>
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    public static final int UNREACHABLE = 50001;
    public static final int TIMED_OUT = 50002;
    public static final int UNREADABLE_ANSWER = 50005;

    private final RegistryTransport transport;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();

    public HttpSchemaRegistryClient(HttpRegistrySettings settings) {
        this.transport = new RegistryTransport(settings);
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        int id = transport.post(
                "/subjects/" + segment(subject) + "/versions", RegistryJson.schemaRequest(schema), RegistryJson::id);
        idsBySubjectSchema.put(key, id);
        // not cached as the id's schema: the registry may keep another text of it (docs, property order)
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        Schema schema = transport.get("/schemas/ids/" + id, RegistryJson::schema);
        schemasById.put(id, schema);
        return schema;
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        RegisteredSchema found = remember(transport.post(
                "/subjects/" + segment(subject), RegistryJson.schemaRequest(schema), RegistryJson::registered));
        idsBySubjectSchema.put(new SubjectSchema(subject, schema), found.id());
        return found;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return remember(transport.get("/subjects/" + segment(subject) + "/versions/latest", RegistryJson::registered));
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return remember(
                transport.get("/subjects/" + segment(subject) + "/versions/" + version, RegistryJson::registered));
    }

    @Override
    public List<Integer> versions(String subject) {
        return transport.get("/subjects/" + segment(subject) + "/versions", RegistryJson::versions);
    }

    /**
     * Asks {@code POST /compatibility/subjects/{subject}/versions?verbose=true}: without a version in the path the
     * registry runs the same check as registering would, against the latest version or all of them as the subject's
     * level says, so this client needs not know the level.
     */
    @Override
    public Compatibility checkCompatibility(String subject, Schema schema) {
        return transport.post(
                "/compatibility/subjects/" + segment(subject) + "/versions?verbose=true",
                RegistryJson.schemaRequest(schema),
                RegistryJson::compatibility);
    }

    /** Keeps the registry's own text of a schema it answered with: the one bytes written with its id were. */
    private RegisteredSchema remember(RegisteredSchema registered) {
        schemasById.putIfAbsent(registered.id(), registered.schema());
        return registered;
    }

    /** A subject as one path segment: URL-encoded, with spaces as {@code %20} (a {@code +} in a path is a plus). */
    private static String segment(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record SubjectSchema(String subject, Schema schema) {}
}
