package app.wingspan.sdk;

/**
 * One logical operation call as the transport sees it: what to send, and whether repeating it is
 * safe.
 *
 * @param method the HTTP method
 * @param path the encoded path, starting with {@code /}
 * @param query the encoded query without {@code ?}, or null
 * @param body the JSON body, or null for none
 * @param idempotent whether repeating the request has no further effect (GET, PATCH to given
 *     values); other calls are retried only when they carry an {@code Idempotency-Key}
 * @param needsIdempotencyKey whether an {@code Idempotency-Key} is generated when the caller gave
 *     none
 */
record Call(
    String method,
    String path,
    String query,
    byte[] body,
    boolean idempotent,
    boolean needsIdempotencyKey) {

  static Call get(String path, String query) {
    return new Call("GET", path, query, null, true, false);
  }

  static Call patch(String path, byte[] body) {
    return new Call("PATCH", path, null, body, true, false);
  }

  static Call post(String path, byte[] body) {
    return new Call("POST", path, null, body, false, true);
  }

  /** {@code METHOD /path}, for messages; the query is left out. */
  String describe() {
    return method + " " + path;
  }
}
