package app.wingspan.server.service;

import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.store.ApiTokens;
import app.wingspan.server.store.IdempotencyClaim;
import app.wingspan.server.store.IdempotencyKey;
import app.wingspan.server.store.Store;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a request at most once per {@code Idempotency-Key}: the first request claims the key and
 * records its answer in the transaction of its work (the work calls {@code
 * completeIdempotencyKey}); retries with the same body get that answer back. A request that fails
 * gives its key back, so a corrected retry may use it.
 */
final class Idempotency {
  private final Store store;

  Idempotency(Store store) {
    this.store = store;
  }

  /**
   * {@code work}'s result, or, when {@code key} already answered, {@code replay} of that answer.
   *
   * @param key the caller's key, or null: then {@code work} simply runs
   * @param requestBody the raw body, whose hash tells a retry from another request under the key
   * @throws ProblemException 409 while the first request still runs, 422 when the key came with
   *     another body
   */
  <R> R once(
      IdempotencyKey key, byte[] requestBody, Function<Recorded, R> replay, Supplier<R> work) {
    if (key == null) {
      return work.get();
    }
    Recorded first = claim(key, requestBody);
    if (first != null) {
      return replay.apply(first);
    }
    try {
      return work.get();
    } catch (RuntimeException e) {
      // A refused or failed request records nothing: the key is free for a corrected retry.
      release(key, e);
      throw e;
    }
  }

  /** Null when this request may run (it must then record its answer), else the first answer. */
  private Recorded claim(IdempotencyKey key, byte[] requestBody) {
    IdempotencyClaim claim = store.idempotency().claim(key, ApiTokens.sha256(requestBody));
    switch (claim.outcome()) {
      case COMPLETED:
        return new Recorded(claim.status(), claim.body(), true);
      case IN_PROGRESS:
        throw new ProblemException(
            409,
            ErrorCodes.IDEMPOTENCY_KEY_IN_USE,
            "Idempotency-Key",
            "a request with this Idempotency-Key is still running; retry later");
      case MISMATCH:
        throw new ProblemException(
            422,
            ErrorCodes.IDEMPOTENCY_KEY_REUSED,
            "Idempotency-Key",
            "this Idempotency-Key was used with a different request body");
      case CLAIMED:
      default:
        return null;
    }
  }

  /** Gives back a claimed key after {@code failure}. */
  private void release(IdempotencyKey key, RuntimeException failure) {
    try {
      store.idempotency().release(key);
    } catch (RuntimeException suppressed) {
      failure.addSuppressed(suppressed); // an abandoned key frees itself after a while
    }
  }
}
