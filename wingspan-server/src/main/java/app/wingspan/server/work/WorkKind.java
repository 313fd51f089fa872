package app.wingspan.server.work;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of durable work (settle a bank debit, send a reminder, deliver a webhook): its name,
 * stored with every instance and so never renamed while instances may be pending; what to do with
 * one instance; and how soon to try again when that throws.
 *
 * @param name lowercase words joined by hyphens, e.g. {@code ach-settlement}
 * @param handler does one instance's work; may run more than once for the same instance (a replica
 *     killed after the work's own transaction committed), so it checks in that transaction whether
 *     the work is still to do
 * @param retry when an instance whose handler threw runs again
 */
public record WorkKind(String name, Handler handler, Backoff retry) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public WorkKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(retry, "retry");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a work kind's name is lowercase words joined by hyphens, not '" + name + "'");
    }
  }

  /** Does the work of one instance. */
  @FunctionalInterface
  public interface Handler {
    /**
     * @param id the instance's id, as scheduled (unique within its kind)
     * @param data what was scheduled with it (may be empty)
     * @return {@link Outcome#done()}, or {@link Outcome#again} to run it again later; throwing
     *     retries it after {@link WorkKind#retry()}
     */
    Outcome run(String id, String data);
  }
}
