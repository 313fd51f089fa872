package app.wingspan.sdk;

/**
 * One logical operation call as the transport sees it: what to send, and whether repeating it is
 * safe.
 *
 * @param method the HTTP method
 * @param path the encoded path, starting with {@code /}
 * @param query the encoded query without {@code ?}, or null
 * @param body the JSON body, or null for none
 * @param idempotent whether repeating the request has no further effect (GET); other calls are
 *     retried only when they carry an {@code Idempotency-Key}
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

  /**
   * A PATCH sets fields to given values, yet repeating one is not harmless: its {@code If-Match}
   * fails on the repeat of a write that was applied, and a status change that took effect may not
   * be allowed twice. So it is retried only under an {@code Idempotency-Key}, which makes the
   * server replay the first answer; it always carries one.
   */
  static Call patch(String path, byte[] body) {
    return new Call("PATCH", path, null, body, false, true);
  }

  static Call post(String path, byte[] body) {
    return new Call("POST", path, null, body, false, true);
  }

  /** {@code METHOD /path}, for messages; the query is left out. */
  String describe() {
    return method + " " + path;
  }
}
