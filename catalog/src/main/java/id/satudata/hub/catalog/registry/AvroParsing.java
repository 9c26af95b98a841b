package id.satudata.hub.catalog.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Parses Avro schema text the way Confluent's registry does: the referenced schemas go into the parser first, so the
 * named types they define resolve; the canonical text is Avro's compact JSON with those referenced types named, not
 * inlined, so that whitespace and attribute order never make two ids for one schema.
 */
final class AvroParsing {

    static final String AVRO = "AVRO";

    private AvroParsing() {}

    /**
     * @param dependencies the texts of every referenced schema, each after the ones it references itself
     */
    static ParsedSchema parse(String text, List<SchemaReference> references, List<String> dependencies) {
        if (text == null || text.isBlank()) {
            throw RegistryErrors.invalidSchema("Empty schema");
        }
        try {
            Schema.Parser parser = new Schema.Parser();
            List<Schema> referenced = new ArrayList<>();
            for (String dependency : dependencies) {
                referenced.add(parser.parse(dependency));
            }
            Schema schema = parser.parse(text);
            String canonical = schema.toString(referenced, false);
            return new ParsedSchema(schema, canonical, references, fingerprint(canonical, references));
        } catch (RuntimeException invalid) {
            throw RegistryErrors.invalidSchema("Invalid schema " + text + " with refs " + references
                    + " of type AVRO, details: " + invalid.getMessage());
        }
    }

    /** Confluent's 42201 for any type but Avro: the hub keeps Avro only and says so. */
    static void requireAvro(String schemaType) {
        if (schemaType != null && !schemaType.isBlank() && !AVRO.equalsIgnoreCase(schemaType.trim())) {
            throw RegistryErrors.invalidSchema("Invalid schema type " + schemaType);
        }
    }

    private static String fingerprint(String canonical, List<SchemaReference> references) {
        StringBuilder identity = new StringBuilder(canonical);
        for (SchemaReference reference : references) {
            identity.append('\u0000')
                    .append(reference.name())
                    .append('\u0000')
                    .append(reference.subject())
                    .append('\u0000')
                    .append(reference.version());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("every JVM has SHA-256", unavailable);
        }
    }
}
