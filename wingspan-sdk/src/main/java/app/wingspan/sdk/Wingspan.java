package app.wingspan.sdk;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The entry point of the Wingspan SDK: a client of Wingspan's Payments API (or of wingspan-server, which speaks
 * the same contract).
 *
 * <pre>{@code
 * Wingspan sdk = Wingspan.builder()
 *     .bearerAuth(System.getenv("WINGSPAN_TOKEN"))
 *     .build();
 * GetClientInvoiceResponse got = sdk.clientInvoice().get("invoice-id");
 * got.clientInvoice().ifPresent(invoice -> System.out.println(invoice.status()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per configuration and share it; it holds an HTTP client with its
 * connection pool. There is no global state: two instances never affect each other.
 */
public final class Wingspan {

  private final String description;
  private final ClientInvoices clientInvoices;

  private Wingspan(Builder builder) {
    HttpClient httpClient = builder.httpClient != null
        ? builder.httpClient
        : HttpClient.newBuilder()
            .connectTimeout(builder.connectTimeout != null ? builder.connectTimeout : Builder.DEFAULT_CONNECT_TIMEOUT)
            // Never follow redirects: a redirect to another host would carry the bearer token along.
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Transport transport = new Transport(httpClient, builder.baseUrl, builder.token, builder.requestTimeout,
        builder.retryPolicy, builder.headers, SdkVersion.userAgent(), Transport.threadLocalRandom());
    this.clientInvoices = new ClientInvoices(transport);
    this.description = "Wingspan" + builder.describe();
  }

  /**
   * A builder of a client. {@link Builder#bearerAuth(String)} (or its supplier variant) is required; every other
   * setting has a default.
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
   * Describes the configuration: server, timeouts, retry policy, header names. Never the token or header values.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return description;
  }

  /** Configures a {@link Wingspan} client. Not thread-safe; {@link #build()} may be called more than once. */
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
    private final Map<String, String> headers = new LinkedHashMap<>();

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
     * wingspan-server. A base path is kept ({@code http://host/api} sends {@code /api/payments/...}); a trailing
     * slash makes no difference.
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
     * Authenticates every request with a bearer token from this supplier, asked before every attempt (retries
     * included), so a rotated token takes effect on the next request. The supplier must be thread-safe; if it
     * returns null or blank, or throws, the call fails with that error and nothing is sent.
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
     * Sets how long opening a connection may take. Default 10 s. Cannot be combined with
     * {@link #httpClient(HttpClient)}: set it on that client instead.
     *
     * @param connectTimeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Settings.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long each attempt may take, from sending the request until the whole response has arrived.
     * Default 30 s; a call can override it with {@link RequestOptions.Builder#timeout(Duration)}.
     *
     * @param requestTimeout positive
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Settings.positive(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * Sets the retry policy of every call. Default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()}
     * turns retries off. A call can override it with {@link RequestOptions.Builder#retryPolicy(RetryPolicy)}.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sends requests through this HTTP client instead of one the SDK creates: for a proxy, TLS settings or an
     * executor of your own. Its redirect policy and connect timeout apply; the SDK still sets per-request
     * timeouts.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Adds a header to every request, replacing an SDK header of the same name ({@code User-Agent}, for
     * instance); a call's own headers replace it in turn.
     *
     * @param name a valid header name the HTTP client lets callers set
     * @param value the value; kept out of {@code toString()}
     * @return this builder
     * @throws IllegalArgumentException if the name is restricted ({@code Host}, {@code Content-Length}, ...) or
     *     the name or value is not valid in HTTP
     */
    public Builder header(String name, String value) {
      Settings.header(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     * @throws IllegalStateException if no bearer token was given, or a connect timeout was given together with a
     *     custom HTTP client
     */
    public Wingspan build() {
      if (token == null) {
        throw new IllegalStateException("Wingspan.builder(): call bearerAuth(...) before build(); "
            + "Wingspan's API authenticates every request with a bearer token");
      }
      if (httpClient != null && connectTimeout != null) {
        throw new IllegalStateException("Wingspan.builder(): connectTimeout(...) cannot apply to a client given "
            + "with httpClient(...); set the connect timeout on that HttpClient");
      }
      return new Wingspan(this);
    }

    private String describe() {
      return "{serverURL=" + baseUrl + ", auth=" + auth
          + ", connectTimeout=" + (httpClient != null ? "(custom httpClient)"
              : connectTimeout != null ? connectTimeout : DEFAULT_CONNECT_TIMEOUT)
          + ", requestTimeout=" + requestTimeout + ", retryPolicy=" + retryPolicy
          + ", headers=" + Collections.unmodifiableSet(headers.keySet()) + "}";
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
