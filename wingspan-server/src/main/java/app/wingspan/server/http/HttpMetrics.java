package app.wingspan.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every request in the {@code http_server_requests_seconds} histogram, tagged by method, route
 * template (never the raw path: ids would explode the series) and status; and logs one line per request
 * without tokens or bodies.
 */
final class HttpMetrics {
  private static final Logger LOG = LoggerFactory.getLogger("app.wingspan.server.http.access");
  private static final String STARTED = "wingspan.startedNanos";

  private final MeterRegistry registry;

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
    Timer.builder("http.server.requests")
        .description("HTTP requests by method, route template and status")
        .tag("method", ctx.method().name())
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .register(registry)
        .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    LOG.info("{} {} -> {} in {} us", ctx.method().name(), route, status, nanos / 1_000);
  }
}
