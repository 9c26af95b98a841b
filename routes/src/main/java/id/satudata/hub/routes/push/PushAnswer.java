package id.satudata.hub.routes.push;

/**
 * What the push API answers: a status and a JSON body, given now or recorded under an idempotency key earlier.
 *
 * @param replayed whether this is the recorded answer to an earlier request with the same key
 */
record PushAnswer(int status, String body, boolean replayed) {

    boolean applied() {
        return status >= 200 && status < 300;
    }
}
