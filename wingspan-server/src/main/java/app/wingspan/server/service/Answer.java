package app.wingspan.server.service;

/**
 * An invoice as the caller sees it today, encoded for the wire, with its version (the ETag); {@code
 * replayed} when it is the recorded first answer of an idempotent PATCH.
 */
public record Answer(byte[] json, long version, boolean replayed) {
  /** A fresh answer. */
  public Answer(byte[] json, long version) {
    this(json, version, false);
  }
}
