package id.satudata.hub.catalog.store;

/**
 * The answer given to a request made with an idempotency key, kept to answer its retries the same way.
 *
 * @param requestHash a hash of what was asked (method, content type, body), so that the key reused for another
 *     request is told apart from a retry
 */
public record RecordedResponse(String requestHash, int status, String body) {}
