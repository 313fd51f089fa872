package app.wingspan.server.service;

/**
 * A response to send as it is: a fresh one, or ({@code replayed}) the recorded first answer of an
 * idempotent request.
 */
public record Recorded(int status, byte[] body, boolean replayed) {
  /** A first answer, as this request produced it. */
  public Recorded(int status, byte[] body) {
    this(status, body, false);
  }
}
