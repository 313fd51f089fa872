package app.wingspan.server.store;

/**
 * The outcome of claiming an idempotency key. For {@link Outcome#COMPLETED}, {@code status} and
 * {@code body} are the first response, to be replayed as they are.
 */
public record IdempotencyClaim(Outcome outcome, int status, byte[] body) {
  /** What the caller may do with the key. */
  public enum Outcome {
    /** The key is new (or abandoned): this request runs and records its response. */
    CLAIMED,
    /** Another request with this key is still running. */
    IN_PROGRESS,
    /** The key was used with a different request body. */
    MISMATCH,
    /** A request with this key completed: replay its response. */
    COMPLETED
  }

  static IdempotencyClaim of(Outcome outcome) {
    return new IdempotencyClaim(outcome, 0, null);
  }
}
