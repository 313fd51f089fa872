package app.wingspan.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;

/**
 * What a program that runs the server inside its own JVM may hand it besides a {@link
 * ServerConfig}: the clock every part of the server reads, and Jetty handlers placed in front of
 * the API. The test kit (wingspan-testing) uses it to move time and to inject faults; {@link Main}
 * always starts with {@link #none()}, so nothing here is reachable from the command line, the
 * environment or over HTTP.
 *
 * @param clock the one clock of the server: "now" and "today" of every operation, and of any
 *     component that acts on time (for example a worker settling payments) are read from it
 * @param handlers Jetty handlers wrapped around the API, outermost first; each sees every request
 *     before routing, authentication, request ids and metrics, and may answer it itself
 */
public record Embedding(Clock clock, List<Handler.Singleton> handlers) {

  public Embedding {
    Objects.requireNonNull(clock, "clock");
    handlers = List.copyOf(handlers);
  }

  /** The standalone server's: the system clock in UTC, no extra handlers. */
  public static Embedding none() {
    return new Embedding(Clock.systemUTC(), List.of());
  }

  /** A copy reading time from {@code clock}. */
  public Embedding withClock(Clock clock) {
    return new Embedding(clock, handlers);
  }

  /** A copy with {@code handler} inside the handlers given so far. */
  public Embedding withHandler(Handler.Singleton handler) {
    List<Handler.Singleton> more = new ArrayList<>(handlers);
    more.add(Objects.requireNonNull(handler, "handler"));
    return new Embedding(clock, more);
  }
}
