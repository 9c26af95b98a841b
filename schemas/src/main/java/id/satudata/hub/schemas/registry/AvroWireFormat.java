package id.satudata.hub.schemas.registry;

/** The layout of Confluent's wire format: magic byte 0, a 4-byte big-endian schema id, then the Avro binary. */
final class AvroWireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_LENGTH = 5;

    private AvroWireFormat() {}
}
