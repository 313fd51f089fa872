package app.wingspan.server.http;

import app.wingspan.server.InvoiceService;
import app.wingspan.server.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP face of the service (Javalin on Jetty): routes, authentication, the one error mapper, request ids
 * and metrics. Everything it needs comes in through {@link #start}.
 */
public final class HttpApi {
  /** How long a stopping server lets in-flight requests finish. */
  static final long STOP_TIMEOUT_MS = 10_000;
  private static final String OPENAPI_RESOURCE = "app/wingspan/model/openapi.yaml";
  private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

  private final Javalin app;

  private HttpApi(Javalin app) {
    this.app = app;
  }

  /** What the routes need: the service, the token lookup, readiness, metrics, and the benchmark payload. */
  public record Dependencies(
      InvoiceService service,
      Store store,
      BooleanSupplier ready,
      PrometheusMeterRegistry registry,
      byte[] benchInvoice) {}

  /**
   * Starts listening on {@code host}:{@code port} (0 = a free port).
   *
   * @param benchRoutes serve {@code GET /__bench/client-invoice}: {@code benchInvoice} as is, no auth, no
   *     database (the benchmark's ceiling); off in production
   */
  public static HttpApi start(String host, int port, Dependencies deps, boolean benchRoutes) {
    InvoiceRoutes invoices = new InvoiceRoutes(deps.service());
    Authenticator auth = new Authenticator(deps.store());
    HttpMetrics metrics = new HttpMetrics(deps.registry());
    byte[] openApi = resource(OPENAPI_RESOURCE);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.startup.startupWatcherEnabled = false;
              config.http.maxRequestSize = Bodies.MAX_BYTES;
              config.http.prefer405over404 = true;
              config.jetty.host = host;
              config.jetty.port = port;
              config.jetty.modifyServer(
                  server -> {
                    server.insertHandler(new GracefulHandler());
                    server.setStopTimeout(STOP_TIMEOUT_MS);
                    server.setErrorHandler(new JettyErrors());
                  });
              var routes = config.routes;
              routes.before(
                  ctx -> {
                    RequestIds.begin(ctx);
                    metrics.begin(ctx);
                  });
              routes.beforeMatched(InvoiceRoutes.COLLECTION, auth::authenticate);
              routes.beforeMatched(InvoiceRoutes.COLLECTION + "/*", auth::authenticate);

              routes.get(InvoiceRoutes.COLLECTION, invoices::list);
              routes.post(InvoiceRoutes.COLLECTION, invoices::create);
              routes.get(InvoiceRoutes.COLLECTION + "/{id}", invoices::get);
              routes.patch(InvoiceRoutes.COLLECTION + "/{id}", invoices::update);
              routes.get(InvoiceRoutes.COLLECTION + "/{invoice_id}/fees", invoices::fees);
              routes.post(InvoiceRoutes.COLLECTION + "/{invoice_id}/pay", invoices::pay);

              routes.get("/health/live", ctx -> ctx.contentType("application/json").result(UP));
              routes.get("/health/ready", ctx -> ready(ctx, deps.ready()));
              routes.get(
                  "/metrics",
                  ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(deps.registry().scrape()));
              routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi));
              if (benchRoutes) {
                byte[] payload = deps.benchInvoice();
                routes.get("/__bench/client-invoice", ctx -> ctx.contentType("application/json").result(payload));
              }

              routes.exception(HttpResponseException.class, ErrorMapper::handle);
              routes.exception(Exception.class, ErrorMapper::handle);
              routes.after(
                  ctx -> {
                    metrics.end(ctx);
                    RequestIds.end();
                  });
            });
    app.start();
    return new HttpApi(app);
  }

  private static void ready(Context ctx, BooleanSupplier ready) {
    if (ready.getAsBoolean()) {
      ctx.contentType("application/json").result(UP);
    } else {
      ctx.header("Retry-After", ErrorMapper.RETRY_AFTER_SECONDS);
      ErrorMapper.write(ctx, 503, "SERVICE_UNAVAILABLE", null, "not ready: the database is not answering");
    }
  }

  public int port() {
    return app.port();
  }

  /** Stops accepting connections, lets in-flight requests finish (up to 10 s), then stops. */
  public void stop() {
    app.stop();
  }

  private static byte[] resource(String name) {
    try (InputStream in = HttpApi.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
