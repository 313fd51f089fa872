package app.wingspan.server.work;

import java.time.Instant;
import java.util.Objects;

/**
 * How one run of a work instance ended: done (the instance is removed), or to run again at a time
 * by the server's clock (the work is not finished yet, e.g. the bank has no answer yet).
 *
 * @param again when to run it again; null when done
 */
public record Outcome(Instant again) {
  private static final Outcome DONE = new Outcome(null);

  public static Outcome done() {
    return DONE;
  }

  public static Outcome again(Instant at) {
    return new Outcome(Objects.requireNonNull(at, "at"));
  }

  public boolean isDone() {
    return again == null;
  }
}
