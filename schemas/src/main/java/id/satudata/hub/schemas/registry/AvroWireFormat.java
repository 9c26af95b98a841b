package id.satudata.hub.schemas.registry;

/** The layout of Confluent's wire format: magic byte 0, a 4-byte big-endian schema id, then the Avro binary. */
public final class AvroWireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_LENGTH = 5;

    private AvroWireFormat() {}

    /**
     * Avro binary already written under the schema with this id, in the wire format: for a record kept as Avro
     * binary (as the change log keeps them), so that it goes out as it is, without being read and written again.
     */
    public static byte[] frame(int schemaId, byte[] avroBinary) {
        byte[] framed = new byte[HEADER_LENGTH + avroBinary.length];
        framed[0] = MAGIC_BYTE;
        framed[1] = (byte) (schemaId >>> 24);
        framed[2] = (byte) (schemaId >>> 16);
        framed[3] = (byte) (schemaId >>> 8);
        framed[4] = (byte) schemaId;
        System.arraycopy(avroBinary, 0, framed, HEADER_LENGTH, avroBinary.length);
        return framed;
    }
}
