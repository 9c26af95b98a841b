package id.satudata.hub.schemas.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;

/** Schemas and Confluent answers the registry tests share. */
final class RegistryFixtures {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    static final Schema PENDUDUK = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "PendudukMiskin", "namespace": "id.satudata.test", "fields": [
              {"name": "kode_kabupaten_kota", "type": "string"},
              {"name": "tahun", "type": "int"},
              {"name": "jumlah", "type": ["null", "long"], "default": null}
            ]}
            """);

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryFixtures() {}

    /** {@code {"schema": "<schema>"}}, as Confluent's API carries a schema. */
    static String schemaBody(Schema schema) {
        return json(JSON.createObjectNode().put("schema", schema.toString()));
    }

    /** A subject's version as lookup and the version GETs answer it. */
    static String versionBody(String subject, int id, int version, Schema schema) {
        return json(JSON.createObjectNode()
                .put("subject", subject)
                .put("id", id)
                .put("version", version)
                .put("schema", schema.toString()));
    }

    static String errorBody(int errorCode, String message) {
        return json(JSON.createObjectNode().put("error_code", errorCode).put("message", message));
    }

    private static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
