package id.satudata.hub.schemas.registry;

/**
 * Bytes that are not, or a datum that cannot become, Confluent's wire format: magic byte 0, a 4-byte big-endian
 * schema id, then the Avro binary of the datum under that schema. Permanent: the same bytes fail the same way.
 */
public class WireFormatException extends RuntimeException {

    public WireFormatException(String message) {
        super(message);
    }

    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
