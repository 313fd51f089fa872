package app.wingspan.testing;

import java.time.Duration;

/**
 * A fault a {@link WebhookReceiver} applies to its next deliveries, to test how the server (and
 * your idempotent handling) copes with a receiver that fails: answer a failure status, or hold the
 * delivery past the server's timeout. Made by {@link WebhookReceiver#failNext} and {@link
 * WebhookReceiver#hangNext}; a delivery that does not verify is answered 400 and uses none of it.
 */
public final class WebhookFault {
  private final int status;
  private final Duration hold;
  private int remaining;
  private int hits;

  WebhookFault(int times, int status, Duration hold) {
    this.remaining = times;
    this.status = status;
    this.hold = hold;
  }

  /**
   * How many deliveries it has applied to so far.
   *
   * @return the deliveries it answered or held
   */
  public synchronized int hits() {
    return hits;
  }

  /**
   * How many more deliveries it will apply to.
   *
   * @return the deliveries left; 0 once it is used up
   */
  public synchronized int remaining() {
    return remaining;
  }

  /** Takes one use; false when used up. */
  synchronized boolean claim() {
    if (remaining == 0) {
      return false;
    }
    remaining--;
    hits++;
    return true;
  }

  /** Uses up what is left (the receiver closed, or the test ended). */
  synchronized void cancel() {
    remaining = 0;
  }

  /** The status answered; 200 after a hold. */
  int status() {
    return status;
  }

  /** How long a delivery is held before it is answered, or null to answer at once. */
  Duration hold() {
    return hold;
  }

  /**
   * Describes the fault.
   *
   * @return what it does and how often it has
   */
  @Override
  public synchronized String toString() {
    String what = hold == null ? "answer " + status : "hold for " + hold + ", then answer 200";
    return "WebhookFault[" + what + "; " + hits + " hit(s), " + remaining + " left]";
  }
}
