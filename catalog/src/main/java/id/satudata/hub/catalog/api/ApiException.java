package id.satudata.hub.catalog.api;

import id.satudata.hub.catalog.store.RecordKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A failure of an API request that the client can act on; rendered as a problem with the code's status. */
public class ApiException extends RuntimeException {

    private final ApiErrorCode code;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiException(ApiErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    /** Adds a machine-readable property to the problem body (e.g. the offending field). */
    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public ApiErrorCode code() {
        return code;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public static ApiException datasetNotFound(String datasetId) {
        return new ApiException(ApiErrorCode.DATASET_NOT_FOUND, "No dataset with id '" + datasetId + "'")
                .with("dataset", datasetId);
    }

    /** No record under the key; says how a key is built when it has the wrong number of values, the usual cause. */
    public static ApiException recordNotFound(String datasetId, List<String> keyFields, String key) {
        String detail = "Dataset '" + datasetId + "' has no record with key '" + key + "'";
        if (RecordKey.parse(key).size() != keyFields.size()) {
            detail += "; a key holds the values of " + String.join(", ", keyFields) + " joined with ':'";
        }
        return new ApiException(ApiErrorCode.RECORD_NOT_FOUND, detail)
                .with("dataset", datasetId)
                .with("key", key)
                .with("key_fields", keyFields);
    }
}
