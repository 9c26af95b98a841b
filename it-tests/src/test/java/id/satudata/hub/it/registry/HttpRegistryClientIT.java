package id.satudata.hub.it.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.it.support.HubDatabase;
import id.satudata.hub.it.support.RunningHubTest;
import id.satudata.hub.schemas.registry.AvroWireDeserializer;
import id.satudata.hub.schemas.registry.AvroWireSerializer;
import id.satudata.hub.schemas.registry.HttpRegistrySettings;
import id.satudata.hub.schemas.registry.HttpSchemaRegistryClient;
import id.satudata.hub.schemas.registry.RegisteredSchema;
import id.satudata.hub.schemas.registry.RegistryException;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/** The hub's Java registry client and wire-format serde, over HTTP, against the hub's own registry. */
class HttpRegistryClientIT extends RunningHubTest {

    private static final Schema V1 = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Sekolah", "namespace": "id.satudata.test", "fields": [
              {"name": "npsn", "type": "string"},
              {"name": "nama", "type": "string"}
            ]}
            """);

    private static final Schema V2 = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Sekolah", "namespace": "id.satudata.test", "fields": [
              {"name": "npsn", "type": "string"},
              {"name": "nama", "type": "string"},
              {"name": "akreditasi", "type": "string", "default": "-"}
            ]}
            """);

    private static final Schema INCOMPATIBLE = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Sekolah", "namespace": "id.satudata.test", "fields": [
              {"name": "npsn", "type": "string"},
              {"name": "nama", "type": "string"},
              {"name": "jenjang", "type": "string"}
            ]}
            """);

    @Override
    protected HubDatabase database() {
        return HubDatabase.embeddedH2();
    }

    private HttpSchemaRegistryClient client() {
        return new HttpSchemaRegistryClient(HttpRegistrySettings.of(api().baseUrl() + "/registry"));
    }

    @Test
    void shouldRegisterLookUpAndEvolveThroughTheHttpClient() {
        HttpSchemaRegistryClient registry = client();
        String subject = "sekolah-" + UUID.randomUUID() + "-value";

        int v1 = registry.register(subject, V1);
        int again = registry.register(subject, V1);
        assertThat(registry.checkCompatibility(subject, V2).compatible()).isTrue();
        int v2 = registry.register(subject, V2);

        assertThat(again).isEqualTo(v1);
        assertThat(v2).isNotEqualTo(v1);
        assertThat(registry.versions(subject)).containsExactly(1, 2);
        assertThat(registry.latest(subject)).isEqualTo(new RegisteredSchema(subject, v2, 2, V2));
        assertThat(registry.lookup(subject, V1).version()).isEqualTo(1);
        assertThat(client().schemaById(v1)).isEqualTo(V1);
    }

    @Test
    void shouldRefuseAnIncompatibleVersionWithItsReasons() {
        HttpSchemaRegistryClient registry = client();
        String subject = "sekolah-" + UUID.randomUUID() + "-value";
        registry.register(subject, V1);

        var compatibility = registry.checkCompatibility(subject, INCOMPATIBLE);

        assertThat(compatibility.compatible()).isFalse();
        assertThat(String.join(" ", compatibility.reasons())).contains("jenjang");
        assertThatThrownBy(() -> registry.register(subject, INCOMPATIBLE))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(40901);
                });
    }

    @Test
    void shouldWriteAndReadTheConfluentWireFormatWithTheHubsIds() {
        String subject = "sekolah-" + UUID.randomUUID() + "-value";
        GenericData.Record record = new GenericData.Record(V1);
        record.put("npsn", "20200001");
        record.put("nama", "SDN 1 BANDUNG");

        byte[] payload = new AvroWireSerializer(client()).serialize(subject, record, V1);
        GenericRecord read = (GenericRecord) new AvroWireDeserializer(client()).deserialize(payload, V2);

        assertThat(payload[0]).isZero();
        assertThat(read.get("npsn")).hasToString("20200001");
        assertThat(read.get("akreditasi")).hasToString("-");
    }
}
