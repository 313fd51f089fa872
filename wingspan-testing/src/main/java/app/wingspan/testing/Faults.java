package app.wingspan.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Faults the test server injects into its next matching requests, for testing the resilience of
 * code that calls Wingspan: a 503 or 429 with {@code Retry-After}, a delay, or a dropped
 * connection. Each fault applies to the next {@code times} requests that match its method and path,
 * then the server behaves normally again. Faults act before the API sees the request: a faulted
 * request changes nothing, except a delayed one, which runs normally once its delay is over (as a
 * slow server would).
 *
 * <pre>{@code
 * wingspan.faults().on("GET", "/payments/client/invoice/*").times(2).serviceUnavailable(Duration.ZERO);
 * }</pre>
 *
 * <p>Faults are cleared before every test (and by {@link WingspanTestServer#reset()}). When several
 * faults match a request, the one added first applies.
 */
public final class Faults {
  private final List<Fault> faults = new ArrayList<>();
  private final Object generationLock = new Object();
  private long generation;

  Faults() {}

  /**
   * Starts describing a fault for requests with this method and path.
   *
   * @param method an HTTP method ({@code GET}, {@code PATCH}, ...), or {@code *} for any
   * @param pathPattern the request path without its query: {@code *} stands for one path segment,
   *     {@code **} for the rest of the path, e.g. {@code /payments/client/invoice/*} or {@code
   *     /payments/**}
   * @return the fault's description, to be finished with one of its actions
   */
  public Match on(String method, String pathPattern) {
    return new Match(method, pathPattern);
  }

  /**
   * Starts describing a fault for every request, whatever its method and path.
   *
   * @return the fault's description, to be finished with one of its actions
   */
  public Match onAnyRequest() {
    return new Match("*", "/**");
  }

  /**
   * Removes every fault; requests waiting out an injected delay are dropped instead of going on.
   */
  public void clear() {
    synchronized (this) {
      faults.clear();
    }
    synchronized (generationLock) {
      generation++;
      generationLock.notifyAll();
    }
  }

  /** The first fault that matches, with one use taken, or null. */
  synchronized Fault claim(String method, String path) {
    for (Fault fault : faults) {
      if (fault.remaining > 0 && fault.matches(method, path)) {
        fault.remaining--;
        fault.hits++;
        return fault;
      }
    }
    return null;
  }

  private synchronized Fault add(Fault fault) {
    faults.add(fault);
    return fault;
  }

  /** Waits {@code delay}; false when the faults were cleared meanwhile. */
  boolean sleep(Duration delay) throws InterruptedException {
    long deadline = System.nanoTime() + delay.toNanos();
    synchronized (generationLock) {
      long started = generation;
      long left;
      while (generation == started && (left = deadline - System.nanoTime()) > 0) {
        generationLock.wait(Math.max(1, left / 1_000_000));
      }
      return generation == started;
    }
  }

  /** What a fault does to a request it matches. */
  enum Kind {
    SERVICE_UNAVAILABLE,
    RATE_LIMITED,
    DELAY,
    DROP_CONNECTION
  }

  /** The requests a fault applies to; finished by one of the actions, which adds the fault. */
  public final class Match {
    private final String method;
    private final Pattern path;
    private final String pathPattern;
    private int times = 1;

    private Match(String method, String pathPattern) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(pathPattern, "pathPattern");
      if (!pathPattern.startsWith("/")) {
        throw new IllegalArgumentException(
            "path pattern must start with '/', was '" + pathPattern + "'");
      }
      this.method = method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
      this.pathPattern = pathPattern;
      this.path = glob(pathPattern);
    }

    /**
     * How many matching requests the fault applies to. Default 1.
     *
     * @param times at least 1
     * @return this description
     */
    public Match times(int times) {
      if (times < 1) {
        throw new IllegalArgumentException("times must be at least 1, was " + times);
      }
      this.times = times;
      return this;
    }

    /**
     * Answers {@code 503 SERVICE_UNAVAILABLE} with {@code Retry-After} and a problem+json body.
     *
     * @param retryAfter the wait to advertise, in whole seconds ({@link Duration#ZERO} lets a
     *     client retry at once)
     * @return the fault, to check how many requests it met
     */
    public Fault serviceUnavailable(Duration retryAfter) {
      return add(new Fault(this, Kind.SERVICE_UNAVAILABLE, seconds(retryAfter)));
    }

    /**
     * Answers {@code 429 RATE_LIMITED} with {@code Retry-After} and a problem+json body.
     *
     * @param retryAfter the wait to advertise, in whole seconds
     * @return the fault, to check how many requests it met
     */
    public Fault rateLimited(Duration retryAfter) {
      return add(new Fault(this, Kind.RATE_LIMITED, seconds(retryAfter)));
    }

    /**
     * Holds the request for {@code delay}, then lets it through to the API, which handles it
     * normally. Choose a delay beyond the client's timeout to see the client give up while the
     * server still does the work.
     *
     * @param delay how long to hold the request
     * @return the fault, to check how many requests it met
     */
    public Fault delay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative, was " + delay);
      }
      return add(new Fault(this, Kind.DELAY, delay));
    }

    /**
     * Closes the connection without answering, after the request has arrived; the API never sees
     * it.
     *
     * @return the fault, to check how many requests it met
     */
    public Fault dropConnection() {
      return add(new Fault(this, Kind.DROP_CONNECTION, Duration.ZERO));
    }

    private static Duration seconds(Duration retryAfter) {
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
      }
      return Duration.ofSeconds(retryAfter.toSeconds());
    }
  }

  /** One fault: what it does, to which requests, and how often it has so far. */
  public final class Fault {
    private final String method;
    private final Pattern path;
    private final String description;
    private final Kind kind;
    private final Duration duration;
    private int remaining;
    private int hits;

    private Fault(Match match, Kind kind, Duration duration) {
      this.method = match.method;
      this.path = match.path;
      this.kind = kind;
      this.duration = duration;
      this.remaining = match.times;
      this.description =
          kind
              + (duration.isZero() ? "" : " " + duration)
              + " on "
              + (match.method == null ? "*" : match.method)
              + " "
              + match.pathPattern;
    }

    boolean matches(String requestMethod, String requestPath) {
      return (method == null || method.equals(requestMethod))
          && path.matcher(requestPath).matches();
    }

    Kind kind() {
      return kind;
    }

    Duration duration() {
      return duration;
    }

    /**
     * How many requests this fault has met so far.
     *
     * @return the number of requests it applied to
     */
    public int hits() {
      synchronized (Faults.this) {
        return hits;
      }
    }

    /**
     * How many more matching requests it will apply to.
     *
     * @return 0 once it is used up
     */
    public int remaining() {
      synchronized (Faults.this) {
        return remaining;
      }
    }

    /**
     * Describes the fault and its use so far.
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "Fault[" + description + ", hits=" + hits() + ", remaining=" + remaining() + "]";
    }
  }

  /** A path glob as a regular expression: {@code **} any rest, {@code *} one segment. */
  static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
