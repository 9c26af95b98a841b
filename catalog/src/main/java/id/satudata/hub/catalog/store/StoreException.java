package id.satudata.hub.catalog.store;

/** A store operation refused for a domain reason; {@link #code()} is stable for API clients. */
public class StoreException extends RuntimeException {

    /** Stable codes of store failures. */
    public enum Code {
        /** The dataset definition is malformed: bad id, key field missing or nullable, unsupported type. */
        INVALID_DATASET("invalid_dataset"),
        /** A new schema version asks for a change the dataset's stored records cannot follow. */
        SCHEMA_NOT_EVOLVABLE("schema_not_evolvable"),
        /** No dataset is registered under the id. */
        DATASET_NOT_FOUND("dataset_not_found"),
        /** No ingestion run exists under the id. */
        RUN_NOT_FOUND("run_not_found"),
        /** A record to store lacks a value the dataset needs, such as a key field. */
        INVALID_RECORD("invalid_record");

        private final String value;

        Code(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    private final Code code;

    public StoreException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
