package id.satudata.hub.routes.push;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;

/**
 * A push request made with an {@code Idempotency-Key}.
 *
 * @param requestHash the hash of what is asked, telling a retry from another request that reuses the key
 */
record IdempotentCall(String datasetId, String key, String requestHash) {

    private static final int MAX_KEY_LENGTH = 255;

    /** The call of a request, or {@code null} when it has no key; a key that cannot be one is refused. */
    static IdempotentCall of(String datasetId, String key, String requestHash) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new ApiException(
                            ApiErrorCode.INVALID_PARAMETER,
                            "Header Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                                    + " printable ASCII characters, such as a UUID")
                    .with("header", "Idempotency-Key")
                    .with("value", key);
        }
        return new IdempotentCall(datasetId, key, requestHash);
    }
}
