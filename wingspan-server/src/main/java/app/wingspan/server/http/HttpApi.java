package app.wingspan.server.http;

import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.service.Services;
import app.wingspan.server.service.WebhookPreferences;
import app.wingspan.server.store.Store;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP face of the service (Javalin on Jetty): routes, authentication, the one error mapper,
 * request ids and metrics.
 *
 * <p>It starts in two steps so start-up can overlap with the database's: {@link #start} listens at
 * once, and {@link #attach} hands over the service once the database side is up. In between, the
 * API answers 503 with Retry-After and {@code /health/ready} is red, as when the database is away.
 */
public final class HttpApi {
  /** How long a stopping server lets in-flight requests finish. */
  static final long STOP_TIMEOUT_MS = 10_000;

  /**
   * Open connections at most; beyond it Jetty stops accepting until some close (a bound on file
   * descriptors).
   */
  static final int MAX_CONNECTIONS = 10_000;

  private static final String OPENAPI_RESOURCE = "app/wingspan/model/openapi.yaml";
  private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

  private final Javalin app;
  private volatile Attached attached;

  /**
   * What the API routes need from the database side: the services, the token lookup, and readiness.
   */
  public record Dependencies(
      Services services,
      Store store,
      BooleanSupplier ready,
      AttachmentLinks links,
      WebhookPreferences webhooks) {

    /** Without the invoice page (invoices carry no attachments) and the webhook preferences. */
    public Dependencies(Services services, Store store, BooleanSupplier ready) {
      this(services, store, ready, AttachmentLinks.none(), null);
    }

    /** Without the webhook preferences: their routes answer 503. */
    public Dependencies(
        Services services, Store store, BooleanSupplier ready, AttachmentLinks links) {
      this(services, store, ready, links, null);
    }
  }

  private record Attached(
      InvoiceRoutes invoices, WebhookRoutes webhooks, Authenticator auth, BooleanSupplier ready) {
    WebhookRoutes webhookRoutes() {
      if (webhooks == null) {
        throw new ProblemException(
            503, ErrorCodes.SERVICE_UNAVAILABLE, null, "webhook preferences are not available");
      }
      return webhooks;
    }
  }

  /**
   * Starts listening on {@code host}:{@code port} (0 = a free port); the API answers 503 until
   * {@link #attach}.
   *
   * @param benchInvoice builds the payload of {@code GET /__bench/client-invoice}, once, on its
   *     first request
   * @param benchRoutes serve {@code GET /__bench/client-invoice}: the payload as is, no auth, no
   *     database (the benchmark's ceiling); off in production
   * @param outerHandlers Jetty handlers wrapped around the API, outermost first (an embedding's;
   *     none in production)
   */
  public static HttpApi start(
      String host,
      int port,
      PrometheusMeterRegistry registry,
      Supplier<byte[]> benchInvoice,
      boolean benchRoutes,
      List<org.eclipse.jetty.server.Handler.Singleton> outerHandlers) {
    return start(host, port, registry, benchInvoice, benchRoutes, outerHandlers, routes -> {});
  }

  /**
   * Starts as {@link #start(String, int, PrometheusMeterRegistry, Supplier, boolean, List)} does,
   * with more routes: {@code moreRoutes} registers them (the invoice page's). They pass the same
   * gate (body and rate limits), request ids, metrics and access log as the API.
   */
  public static HttpApi start(
      String host,
      int port,
      PrometheusMeterRegistry registry,
      Supplier<byte[]> benchInvoice,
      boolean benchRoutes,
      List<org.eclipse.jetty.server.Handler.Singleton> outerHandlers,
      Consumer<RoutesConfig> moreRoutes) {
    HttpApi api =
        new HttpApi(host, port, registry, benchInvoice, benchRoutes, outerHandlers, moreRoutes);
    api.app.start();
    return api;
  }

  /** Hands the API its database side; from now on requests reach the service. */
  public void attach(Dependencies deps) {
    attached =
        new Attached(
            new InvoiceRoutes(deps.services(), deps.links()),
            deps.webhooks() == null ? null : new WebhookRoutes(deps.webhooks()),
            new Authenticator(deps.store()),
            deps.ready());
  }

  private Attached attached() {
    Attached current = attached;
    if (current == null) {
      throw new ProblemException(
          503, ErrorCodes.SERVICE_UNAVAILABLE, null, "the server is starting; retry shortly");
    }
    return current;
  }

  private HttpApi(
      String host,
      int port,
      PrometheusMeterRegistry registry,
      Supplier<byte[]> benchInvoice,
      boolean benchRoutes,
      List<org.eclipse.jetty.server.Handler.Singleton> outerHandlers,
      Consumer<RoutesConfig> moreRoutes) {
    HttpMetrics metrics = new HttpMetrics(registry);
    RequestGate gate = new RequestGate(RequestGate.BODY_TIMEOUT_MS, registry);
    byte[] openApi = resource(OPENAPI_RESOURCE);
    app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.startup.startupWatcherEnabled = false;
              config.http.maxRequestSize = Bodies.MAX_BYTES;
              config.http.prefer405over404 = true;
              config.jetty.host = host;
              config.jetty.port = port;
              config.jetty.modifyHttpConfiguration(
                  http -> {
                    // Jetty's per-connection header cache matches values ignoring case by default:
                    // after a request
                    // with a token, a case variant of it on the same connection was read as the
                    // cached original.
                    http.setHeaderCacheCaseSensitive(true);
                  });
              config.jetty.modifyServer(
                  server -> {
                    // Each inserted handler wraps the ones before it: the gate innermost, then the
                    // embedding's
                    // handlers (a test kit's faults) around it, and the graceful handler last so a
                    // stop still
                    // waits for requests an outer handler holds.
                    server.insertHandler(gate);
                    for (int i = outerHandlers.size() - 1; i >= 0; i--) {
                      server.insertHandler(outerHandlers.get(i));
                    }
                    server.insertHandler(new GracefulHandler());
                    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
                    server.setStopTimeout(STOP_TIMEOUT_MS);
                    server.setErrorHandler(new JettyErrors());
                  });
              var routes = config.routes;
              routes.before(
                  ctx -> {
                    RequestIds.begin(ctx);
                    metrics.begin(ctx);
                  });
              routes.beforeMatched(
                  InvoiceRoutes.COLLECTION, ctx -> attached().auth().authenticate(ctx));
              routes.beforeMatched(
                  InvoiceRoutes.COLLECTION + "/*", ctx -> attached().auth().authenticate(ctx));
              routes.beforeMatched(
                  WebhookRoutes.PREFIX + "/*", ctx -> attached().auth().authenticate(ctx));

              // HEAD is GET without the body (Jetty drops it on the wire): same status, headers and
              // ETag. Without its own route Javalin answers HEAD with an empty 200 whatever the GET
              // would say.
              getAndHead(routes, InvoiceRoutes.COLLECTION, ctx -> attached().invoices().list(ctx));
              routes.post(InvoiceRoutes.COLLECTION, ctx -> attached().invoices().create(ctx));
              getAndHead(
                  routes,
                  InvoiceRoutes.COLLECTION + "/{id}",
                  ctx -> attached().invoices().get(ctx));
              routes.patch(
                  InvoiceRoutes.COLLECTION + "/{id}", ctx -> attached().invoices().update(ctx));
              getAndHead(
                  routes,
                  InvoiceRoutes.COLLECTION + "/{invoice_id}/fees",
                  ctx -> attached().invoices().fees(ctx));
              routes.post(
                  InvoiceRoutes.COLLECTION + "/{invoice_id}/pay",
                  ctx -> attached().invoices().pay(ctx));
              routes.post(
                  InvoiceRoutes.COLLECTION + "/{invoice_id}/rotate-link",
                  ctx -> attached().invoices().rotateLink(ctx));
              moreRoutes.accept(routes);

              getAndHead(
                  routes, WebhookRoutes.COLLECTION, ctx -> attached().webhookRoutes().list(ctx));
              routes.post(WebhookRoutes.COLLECTION, ctx -> attached().webhookRoutes().create(ctx));
              getAndHead(
                  routes,
                  WebhookRoutes.COLLECTION + "/{id}",
                  ctx -> attached().webhookRoutes().get(ctx));
              routes.patch(
                  WebhookRoutes.COLLECTION + "/{id}",
                  ctx -> attached().webhookRoutes().update(ctx));
              routes.delete(
                  WebhookRoutes.COLLECTION + "/{id}",
                  ctx -> attached().webhookRoutes().delete(ctx));
              getAndHead(
                  routes,
                  WebhookRoutes.DELIVERIES,
                  ctx -> attached().webhookRoutes().deliveries(ctx));
              routes.post(WebhookRoutes.REPLAY, ctx -> attached().webhookRoutes().replay(ctx));
              getAndHead(
                  routes,
                  WebhookRoutes.EVENT_NAMES,
                  ctx -> attached().webhookRoutes().eventNames(ctx));

              getAndHead(
                  routes, "/health/live", ctx -> ctx.contentType("application/json").result(UP));
              getAndHead(routes, "/health/ready", this::ready);
              getAndHead(
                  routes,
                  "/metrics",
                  ctx ->
                      ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                          .result(registry.scrape()));
              getAndHead(
                  routes,
                  "/openapi.yaml",
                  ctx -> ctx.contentType("application/yaml").result(openApi));
              if (benchRoutes) {
                AtomicReference<byte[]> payload = new AtomicReference<>();
                routes.get(
                    "/__bench/client-invoice",
                    ctx ->
                        Responses.send(
                            ctx,
                            "application/json",
                            payload.updateAndGet(
                                built -> built != null ? built : benchInvoice.get())));
              }

              routes.exception(HttpResponseException.class, ErrorMapper::handle);
              routes.exception(Exception.class, ErrorMapper::handle);
              routes.after(
                  ctx -> {
                    metrics.end(ctx);
                    RequestIds.end();
                  });
            });
  }

  private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  private void ready(Context ctx) {
    Attached current = attached;
    if (current != null && current.ready().getAsBoolean()) {
      ctx.contentType("application/json").result(UP);
    } else {
      ctx.header("Retry-After", ErrorMapper.RETRY_AFTER_SECONDS);
      ErrorMapper.write(
          ctx,
          503,
          ErrorCodes.SERVICE_UNAVAILABLE,
          null,
          "not ready: the database is not answering");
    }
  }

  public int port() {
    return app.port();
  }

  /** Forgets the cached tokens, so the next request of each token asks the database again. */
  public void forgetCachedTokens() {
    Attached current = attached;
    if (current != null) {
      current.auth().forgetCachedTokens();
    }
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
