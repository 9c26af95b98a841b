package id.satudata.hub.schemas.registry;

import static id.satudata.hub.schemas.registry.AvroWireSerdeTest.HARGA;
import static id.satudata.hub.schemas.registry.AvroWireSerdeTest.beras;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

/** Bytes that are not the wire format, and datums that cannot become it, fail with what is wrong named. */
class AvroWireSerdeErrorsTest {

    private final InMemoryRegistry registry = new InMemoryRegistry(7);
    private final AvroWireSerializer serializer = new AvroWireSerializer(registry);
    private final AvroWireDeserializer deserializer = new AvroWireDeserializer(registry);

    @Test
    void shouldRejectAnUnknownMagicByteNamingIt() {
        byte[] bytes = serializer.serialize("harga-value", beras(), HARGA);
        bytes[0] = 0x01;

        assertThatThrownBy(() -> deserializer.deserialize(bytes))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("Unknown magic byte 0x01");
    }

    @Test
    void shouldRejectAPayloadShorterThanTheHeader() {
        assertThatThrownBy(() -> deserializer.deserialize(new byte[] {0, 0, 0}))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("3 bytes")
                .hasMessageContaining("5-byte header");
    }

    @Test
    void shouldNameASchemaIdTheRegistryDoesNotKnow() {
        RegistryException failure = catchThrowableOfType(
                RegistryException.class, () -> deserializer.deserialize(new byte[] {0, 0, 0, 0, 99, 2}));

        assertThat(failure.errorCode()).isEqualTo(40403);
        assertThat(failure.httpStatus()).isEqualTo(404);
        assertThat(failure).hasMessageContaining("Schema id 99");
    }

    @Test
    void shouldRejectAvroBinaryCutShortNamingTheSchemaId() {
        byte[] bytes = serializer.serialize("harga-value", beras(), HARGA);
        byte[] cut = Arrays.copyOf(bytes, 9);

        assertThatThrownBy(() -> deserializer.deserialize(cut))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("schema id 7");
    }

    @Test
    void shouldRejectADatumThatDoesNotFitItsSchema() {
        GenericData.Record noPrice = beras();
        noPrice.put("harga", "mahal");

        assertThatThrownBy(() -> serializer.serialize("harga-value", noPrice, HARGA))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("id.satudata.test.Harga")
                .hasMessageContaining("harga-value");
    }

    @Test
    void shouldNotCacheAnIdTheRegistryRefused() {
        AvroWireSerializer lookingUp = new AvroWireSerializer(registry, false);
        assertThatThrownBy(() -> lookingUp.serialize("harga-value", beras(), HARGA))
                .isInstanceOf(RegistryException.class);

        registry.register("harga-value", HARGA);

        assertThat(lookingUp.serialize("harga-value", beras(), HARGA)).startsWith(0, 0, 0, 0, 7);
    }
}
