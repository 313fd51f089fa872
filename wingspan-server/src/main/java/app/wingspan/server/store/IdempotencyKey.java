package app.wingspan.server.store;

/** An {@code Idempotency-Key} in its scope: the caller, the method and the path. */
public record IdempotencyKey(String accountId, String method, String path, String key) {}
