package app.wingspan.sdk;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The entry point of the Wingspan SDK: a client of Wingspan's Payments API (or of wingspan-server,
 * which speaks the same contract).
 *
 * <pre>{@code
 * try (Wingspan sdk = Wingspan.builder()
 *     .bearerAuth(System.getenv("WINGSPAN_TOKEN"))
 *     .build()) {
 *   GetClientInvoiceResponse got = sdk.clientInvoice().get("invoice-id");
 *   got.clientInvoice().ifPresent(invoice -> System.out.println(invoice.status()));
 * }
 * }</pre>
 *
 * <p>Thread-safe: build one per configuration and share it; it holds an HTTP client with its
 * connection pool and threads. There is no global state and no static thread: two instances never
 * affect each other.
 *
 * <p>{@link #close()} it when done (or use try-with-resources): that ends the threads it started. A
 * client that is simply dropped releases them too, only later (its idle threads end on their own).
 */
public final class Wingspan implements AutoCloseable {

  private static final AtomicInteger HTTP_THREADS = new AtomicInteger();

  private final String description;
  private final ClientInvoices clientInvoices;
  private final WebhookPreferences webhooks;
  private final Transport transport;
  private final Timers timers;

  /**
   * The HTTP client and executor this instance created, to release at close; null when the user
   * gave one.
   */
  private final HttpClient ownHttpClient;

  private final ExecutorService ownExecutor;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Wingspan(Builder builder) {
    HttpClient httpClient;
    // An executor of our own, for the HTTP client we create and for async continuations unless the
    // user gave one: close() can end its threads on Java 17, where HttpClient has no close(). Like
    // the JDK's default (a cached pool: a thread is reused, never one per task), but idle threads
    // end after 10 s rather than 60 s, so a client dropped without close() lets them go sooner.
    this.ownExecutor =
        builder.httpClient == null || builder.executor == null
            ? new ThreadPoolExecutor(
                0,
                Integer.MAX_VALUE,
                10,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                task -> {
                  Thread thread =
                      new Thread(task, "wingspan-sdk-http-" + HTTP_THREADS.incrementAndGet());
                  thread.setDaemon(true);
                  return thread;
                })
            : null;
    if (builder.httpClient != null) {
      httpClient = builder.httpClient;
      this.ownHttpClient = null;
    } else {
      httpClient =
          HttpClient.newBuilder()
              .connectTimeout(
                  builder.connectTimeout != null
                      ? builder.connectTimeout
                      : Builder.DEFAULT_CONNECT_TIMEOUT)
              // Never follow redirects: a redirect to another host would carry the bearer token
              // along.
              .followRedirects(HttpClient.Redirect.NEVER)
              .executor(ownExecutor)
              .build();
      this.ownHttpClient = httpClient;
    }
    this.timers = new Timers();
    this.transport =
        new Transport(
            httpClient,
            builder.baseUrl,
            builder.token,
            builder.requestTimeout,
            builder.retryPolicy,
            builder.headers,
            SdkVersion.userAgent(),
            Transport.threadLocalRandom(),
            timers,
            builder.listeners,
            new HeaderRedaction(builder.redactedHeaders),
            builder.retryQuota,
            neverStranding(builder.executor != null ? builder.executor : ownExecutor));
    this.clientInvoices = new HttpClientInvoices(transport);
    this.webhooks = new HttpWebhookPreferences(transport);
    this.description = "Wingspan" + builder.describe();
  }

  /**
   * An executor that runs a task on the calling thread when the given one refuses it (shut down, or
   * full), so no call's future is left incomplete because its continuation could not be run.
   */
  private static Executor neverStranding(Executor executor) {
    return task -> {
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        task.run();
      }
    };
  }

  /**
   * Ends every call in progress and releases what this client created. A call in progress ends at
   * once with an {@link IllegalStateException} saying the client was closed while it was in
   * progress (a synchronous call's thread is woken, an async call's future completed, the exchange
   * cancelled), unless its response had arrived. Then its HTTP client is closed (through {@code
   * HttpClient.close()} where the JDK has it, Java 21 and later), and the threads of its executor
   * and timer end. An {@link Builder#httpClient(HttpClient) HttpClient} or {@link
   * Builder#executor(Executor) executor} you supplied is left open: it is yours. Calls made after
   * this throw {@link IllegalStateException} at once. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    transport.close();
    try {
      // HttpClient implements AutoCloseable from Java 21 on; this code is compiled for 17.
      if (ownHttpClient instanceof AutoCloseable closeable) {
        closeable.close();
      }
    } catch (Exception e) {
      Observers.LOG.log(System.Logger.Level.WARNING, "closing the SDK's HttpClient failed", e);
    } finally {
      if (ownExecutor != null) {
        ownExecutor.shutdown();
      }
      timers.close();
    }
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * A builder of a client. {@link Builder#bearerAuth(String)} (or its supplier variant) is
   * required; every other setting has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The {@code client_invoice} resource: get, update, list, create, fees and pay.
   *
   * @return the resource's operations
   */
  public ClientInvoices clientInvoice() {
    return clientInvoices;
  }

  /**
   * The account's webhook endpoints: list, create, get, update, delete, and the event names they
   * can subscribe to. To verify a delivery, see {@link Webhooks}.
   *
   * @return the preference operations
   */
  public WebhookPreferences webhooks() {
    return webhooks;
  }

  /**
   * Describes the configuration: server, timeouts, retry policy, header names. Never the token or
   * header values.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return closed.get() ? description + " (closed)" : description;
  }

  /** The timer, for tests of the thread lifecycle. */
  Timers timers() {
    return timers;
  }

  /**
   * Configures a {@link Wingspan} client. Not thread-safe; {@link #build()} may be called more than
   * once.
   */
  public static final class Builder {

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private BaseUrl baseUrl = BaseUrl.of(Server.PROD.url().toString());
    private Supplier<String> token;
    private String auth = "none";
    private Duration connectTimeout;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private HttpClient httpClient;
    private Executor executor;
    private RetryQuota retryQuota = RetryQuota.defaults();
    private final Set<String> redactedHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<WingspanListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Talks to one of Wingspan's hosted environments. The default is {@link Server#PROD}.
     *
     * @param server the environment
     * @return this builder
     */
    public Builder server(Server server) {
      this.baseUrl = BaseUrl.of(Objects.requireNonNull(server, "server").url().toString());
      return this;
    }

    /**
     * Talks to the server at this base URL, for example {@code http://localhost:8080} for a local
     * wingspan-server. A base path is kept ({@code http://host/api} sends {@code
     * /api/payments/...}); a trailing slash makes no difference.
     *
     * @param serverURL an absolute http or https URL without user info, query or fragment
     * @return this builder
     * @throws IllegalArgumentException if the URL is not such a URL
     */
    public Builder serverURL(String serverURL) {
      this.baseUrl = BaseUrl.of(serverURL);
      return this;
    }

    /**
     * Authenticates every request with this bearer token ({@code Authorization: Bearer <token>}).
     *
     * @param token the API token; kept out of {@code toString()}, exception messages and logs
     * @return this builder
     * @throws NullPointerException if the token is null (for example an unset environment variable)
     * @throws IllegalArgumentException if the token is blank or not valid in an HTTP header
     */
    public Builder bearerAuth(String token) {
      Objects.requireNonNull(token, "bearer token must not be null");
      try {
        Settings.bearerToken(token, false);
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(e.getMessage(), null);
      }
      this.token = () -> token;
      this.auth = "bearer token";
      return this;
    }

    /**
     * Authenticates every request with a bearer token from this supplier, asked before every
     * attempt (retries included), so a rotated token takes effect on the next request. The supplier
     * must be thread-safe; if it returns null or blank, or throws, the call fails with a {@link
     * BearerTokenException} (the cause is what it threw) and nothing is sent.
     *
     * @param tokenSupplier supplies the current API token
     * @return this builder
     */
    public Builder bearerAuth(Supplier<String> tokenSupplier) {
      this.token = Objects.requireNonNull(tokenSupplier, "tokenSupplier");
      this.auth = "bearer token supplier";
      return this;
    }

    /**
     * Sets how long opening a connection may take. Default 10 s. Cannot be combined with {@link
     * #httpClient(HttpClient)}: set it on that client instead.
     *
     * @param connectTimeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Settings.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long each attempt may take, from sending the request until the whole response has
     * arrived. Default 30 s; a call can override it with {@link
     * RequestOptions.Builder#timeout(Duration)}. An attempt never runs past the call's budget,
     * {@link RetryPolicy#maxElapsedTime()}: the last one gets what is left of it.
     *
     * @param requestTimeout positive
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Settings.positive(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * Sets the retry policy of every call. Default {@link RetryPolicy#defaults()}; {@link
     * RetryPolicy#none()} turns retries off. A call can override it with {@link
     * RequestOptions.Builder#retryPolicy(RetryPolicy)}.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sends requests through this HTTP client instead of one the SDK creates: for a proxy, TLS
     * settings or an executor of your own. Its redirect policy and connect timeout apply; the SDK
     * still sets per-request timeouts.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Runs async continuations on this executor: the completion of every {@code ...Async} future
     * (so the callbacks you chain without an executor of your own), and the next attempt after a
     * retry delay. By default a small pool the client owns: threads are reused, never one per call,
     * and they end at {@link Wingspan#close()} or after 10 s idle. An executor you give is not shut
     * down by the client. If it refuses a task, the task runs on the thread at hand, so no future
     * is left incomplete.
     *
     * @param executor the executor of async continuations
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets the client's retry quota, which all its calls share. Default {@link
     * RetryQuota#defaults()} (500 tokens, 5 per retry, 10 per retry after a timeout); {@link
     * RetryQuota#unlimited()} turns it off.
     *
     * @param retryQuota the quota
     * @return this builder
     */
    public Builder retryQuota(RetryQuota retryQuota) {
      this.retryQuota = Objects.requireNonNull(retryQuota, "retryQuota");
      return this;
    }

    /**
     * Hides the values of headers of these names in the debug log, in listener events and in
     * exception messages, besides those always hidden: {@code Authorization}, {@code
     * Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie} and every name containing {@code
     * key}, {@code token}, {@code secret} or {@code signature} (case-insensitive).
     *
     * @param names header names, case-insensitive
     * @return this builder
     */
    public Builder redactHeader(String... names) {
      for (String name : names) {
        redactedHeaders.add(Objects.requireNonNull(name, "header name"));
      }
      return this;
    }

    /**
     * Adds a header to every request, replacing an SDK header of the same name ({@code User-Agent},
     * for instance); a call's own headers replace it in turn.
     *
     * @param name a valid header name the HTTP client lets callers set
     * @param value the value; kept out of {@code toString()}
     * @return this builder
     * @throws IllegalArgumentException if the name is restricted ({@code Host}, {@code
     *     Content-Length}, ...) or the name or value is not valid in HTTP
     */
    public Builder header(String name, String value) {
      Settings.header(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Adds a listener of every call's attempts, responses, retries and failures; call again to add
     * more (they are called in the order added). Listeners never see a secret header's value (see
     * {@link #redactHeader(String...)}). For a log without code, set the {@link System.Logger}
     * {@code app.wingspan.sdk} to {@code DEBUG}: it logs the same events, redacted the same way.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(WingspanListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     * @throws IllegalStateException if no bearer token was given, or a connect timeout was given
     *     together with a custom HTTP client
     */
    public Wingspan build() {
      if (token == null) {
        throw new IllegalStateException(
            "Wingspan.builder(): call bearerAuth(...) before build(); "
                + "Wingspan's API authenticates every request with a bearer token");
      }
      if (httpClient != null && connectTimeout != null) {
        throw new IllegalStateException(
            "Wingspan.builder(): connectTimeout(...) cannot apply to a client given "
                + "with httpClient(...); set the connect timeout on that HttpClient");
      }
      return new Wingspan(this);
    }

    private String describe() {
      return "{serverURL="
          + baseUrl
          + ", auth="
          + auth
          + ", connectTimeout="
          + (httpClient != null
              ? "(custom httpClient)"
              : connectTimeout != null ? connectTimeout : DEFAULT_CONNECT_TIMEOUT)
          + ", requestTimeout="
          + requestTimeout
          + ", retryPolicy="
          + retryPolicy
          + ", retryQuota="
          + retryQuota
          + ", headers="
          + Collections.unmodifiableSet(headers.keySet())
          + ", listeners="
          + listeners.size()
          + "}";
    }

    /**
     * Describes the settings so far, never the token or header values.
     *
     * @return a description without secrets
     */
    @Override
    public String toString() {
      return "Wingspan.Builder" + describe();
    }
  }
}
