package app.wingspan.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every request in the {@code http_server_requests_seconds} histogram, tagged by method,
 * route template (never the raw path: ids would explode the series) and status; and logs one line
 * per request without tokens or bodies.
 */
final class HttpMetrics {
  private static final Logger LOG = LoggerFactory.getLogger("app.wingspan.server.http.access");
  private static final String STARTED = "wingspan.startedNanos";

  private final MeterRegistry registry;
  // Building and registering a Timer allocates tags and looks up the registry's id map; once per
  // series is enough.
  private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

  HttpMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void begin(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
  }

  void end(Context ctx) {
    Long started = ctx.attribute(STARTED);
    long nanos = started == null ? 0 : System.nanoTime() - started;
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint == null || endpoint.path.isEmpty() ? "unmatched" : endpoint.path;
    int status = ctx.statusCode();
    String method = ctx.method().name();
    timers
        .computeIfAbsent(method + ' ' + route + ' ' + status, key -> timer(method, route, status))
        .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    LOG.info("{} {} -> {} in {} us", method, route, status, nanos / 1_000);
  }

  private Timer timer(String method, String route, int status) {
    return Timer.builder("http.server.requests")
        .description("HTTP requests by method, route template and status")
        .tag("method", method)
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .register(registry);
  }
}
