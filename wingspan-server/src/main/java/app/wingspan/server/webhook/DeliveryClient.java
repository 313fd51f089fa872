package app.wingspan.server.webhook;

import app.wingspan.server.webhook.DeliveryResult.Outcome;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Makes one delivery attempt: an HTTP POST of the payload, signed by {@link WebhookSigner}, to an
 * endpoint {@link EndpointPolicy} allows, and says how it ended ({@link DeliveryResult}).
 *
 * <ul>
 *   <li>The host is resolved, and each address checked, by the policy at connection time, and the
 *       connection goes to a checked address; the Host header, TLS SNI and certificate check use
 *       the URL's host name.
 *   <li>Redirects are not followed (a 3xx is a failed attempt), cookies are not kept, no proxy is
 *       used, no compressed response is asked for.
 *   <li>A response body over the size cap is discarded and the connection dropped; the status still
 *       counts.
 *   <li>The secret is used to sign and is never logged nor put in a result.
 * </ul>
 *
 * Thread-safe; one instance serves every delivery. Close it to release its threads and connections.
 */
public final class DeliveryClient implements AutoCloseable {

  /**
   * How attempts are made.
   *
   * @param connectTimeout the longest wait for a connection
   * @param responseTimeout the longest wait for the whole exchange, connection included
   * @param maxResponseBytes the largest response body kept; a larger one is discarded
   * @param userAgent the User-Agent header
   */
  public record Settings(
      Duration connectTimeout, Duration responseTimeout, int maxResponseBytes, String userAgent) {

    /** 5 s to connect, 15 s in all, 16 KiB of response kept. */
    public static final Settings DEFAULT =
        new Settings(
            Duration.ofSeconds(5), Duration.ofSeconds(15), 16 * 1024, "Wingspan-Webhooks/1");

    /** Checks the components. */
    public Settings {
      if (connectTimeout.isNegative() || connectTimeout.isZero()) {
        throw new IllegalArgumentException("connectTimeout must be positive");
      }
      if (responseTimeout.isNegative() || responseTimeout.isZero()) {
        throw new IllegalArgumentException("responseTimeout must be positive");
      }
      if (maxResponseBytes < 0) {
        throw new IllegalArgumentException("maxResponseBytes must not be negative");
      }
      Objects.requireNonNull(userAgent, "userAgent");
    }
  }

  /**
   * One event for one endpoint.
   *
   * @param url the endpoint, as the preference holds it
   * @param eventId the event's id, sent as {@code webhook-id}: the same on every attempt
   * @param payload the exact body, from {@link WebhookPayload}
   * @param secrets the endpoint's secrets: one, or two while it rotates
   */
  public record Delivery(URI url, String eventId, byte[] payload, List<String> secrets) {
    /** Checks and copies the components. */
    public Delivery {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(eventId, "eventId");
      payload = Objects.requireNonNull(payload, "payload").clone();
      secrets = List.copyOf(secrets);
    }

    @Override
    public byte[] payload() {
      return payload.clone();
    }

    /** Names the event and the endpoint's host; never the secrets, the payload, path or query. */
    @Override
    public String toString() {
      return "Delivery[" + eventId + " to " + url.getScheme() + "://" + url.getAuthority() + "]";
    }
  }

  private final EndpointPolicy policy;
  private final Settings settings;
  private final HttpClient http;

  /** A client with the JDK's default trust store for https. */
  public DeliveryClient(EndpointPolicy policy, Settings settings) {
    this(policy, settings, new SslContextFactory.Client());
  }

  /** A client with its own TLS settings (tests: a trust store holding a test certificate). */
  DeliveryClient(EndpointPolicy policy, Settings settings, SslContextFactory.Client tls) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.settings = Objects.requireNonNull(settings, "settings");
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("webhook-delivery");
    threads.setDaemon(true);
    HttpClient client = new HttpClient();
    client.setExecutor(threads);
    client.setSslContextFactory(tls);
    client.setSocketAddressResolver(new CheckedResolver(policy));
    client.setFollowRedirects(false);
    client.setHttpCookieStore(new HttpCookieStore.Empty());
    client.setConnectTimeout(settings.connectTimeout().toMillis());
    client.setIdleTimeout(settings.responseTimeout().toMillis());
    client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, settings.userAgent()));
    try {
      client.start();
      // No Accept-Encoding: the size cap counts the bytes received (cleared once started, as
      // starting installs the default decoders).
      client.getContentDecoderFactories().clear();
    } catch (Exception e) {
      throw new IllegalStateException("the webhook HTTP client did not start", e);
    }
    this.http = client;
  }

  /**
   * Makes one attempt, signed at {@code now}, and waits for its end (at most the response timeout).
   */
  public DeliveryResult deliver(Delivery delivery, Instant now) {
    long started = System.nanoTime();
    try {
      policy.checkUrl(delivery.url().toString());
    } catch (EndpointRefusedException e) {
      return new DeliveryResult(Outcome.PERMANENT, 0, e.getMessage(), "", Duration.ZERO);
    }
    WebhookSigner.SignedHeaders signed =
        WebhookSigner.sign(delivery.eventId(), now, delivery.payload, delivery.secrets());
    Request request =
        http.newRequest(delivery.url())
            .method(HttpMethod.POST)
            .followRedirects(false)
            .timeout(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .headers(
                h -> {
                  h.put(WebhookSigner.SignedHeaders.ID, signed.id());
                  h.put(WebhookSigner.SignedHeaders.TIMESTAMP, signed.timestamp());
                  h.put(WebhookSigner.SignedHeaders.SIGNATURE, signed.signature());
                })
            .body(new BytesRequestContent("application/json", delivery.payload));
    Collector collector = new Collector(settings.maxResponseBytes());
    request.send(collector);
    DeliveryResult result;
    try {
      // The request's own timeout ends the exchange; this wait only guards against a lost callback.
      result =
          collector
              .done
              .get(settings.responseTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)
              .withElapsed(started);
    } catch (InterruptedException e) {
      request.abort(e);
      Thread.currentThread().interrupt();
      return new DeliveryResult(Outcome.RETRYABLE, 0, "interrupted", "", elapsed(started));
    } catch (Exception e) {
      request.abort(e);
      return new DeliveryResult(
          Outcome.RETRYABLE,
          0,
          "no response within " + settings.responseTimeout(),
          "",
          elapsed(started));
    }
    return result;
  }

  @Override
  public void close() {
    try {
      http.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the webhook HTTP client did not stop cleanly", e);
    }
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** A result before its elapsed time is known. */
  private record Partial(Outcome outcome, int status, String detail, String body) {
    DeliveryResult withElapsed(long started) {
      return new DeliveryResult(outcome, status, detail, body, elapsed(started));
    }
  }

  /** Collects one response: its status and at most the cap of its body. */
  private final class Collector implements Response.Listener {
    final CompletableFuture<Partial> done = new CompletableFuture<>();
    private final int cap;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private volatile boolean discarded;

    Collector(int cap) {
      this.cap = cap;
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
      if (discarded) {
        return;
      }
      if (body.size() + content.remaining() > cap) {
        discarded = true;
        body.reset();
        response.abort(new ResponseTooLarge(cap)); // stop reading; the status already counts
        return;
      }
      byte[] bytes = new byte[content.remaining()];
      content.get(bytes);
      body.write(bytes, 0, bytes.length);
    }

    @Override
    public void onComplete(Result result) {
      try {
        done.complete(classify(result));
      } catch (RuntimeException e) {
        done.complete(new Partial(Outcome.RETRYABLE, 0, "failed: " + e, ""));
      }
    }

    private Partial classify(Result result) {
      Response response = result.getResponse();
      int status = response == null ? 0 : response.getStatus();
      String text = discarded ? "" : body.toString(StandardCharsets.UTF_8);
      if (status > 0) { // the receiver answered: its status decides, whatever became of the body

        String detail =
            "HTTP "
                + status
                + (discarded ? " (response body over " + cap + " bytes, discarded)" : "");
        if (status / 100 == 2) {
          return new Partial(Outcome.DELIVERED, status, detail, text);
        }
        if (status == 410) {
          return new Partial(Outcome.PERMANENT, status, detail + ": the endpoint is gone", text);
        }
        if (status / 100 == 3) {
          return new Partial(
              Outcome.RETRYABLE, status, detail + ": redirects are not followed", text);
        }
        return new Partial(Outcome.RETRYABLE, status, detail, text);
      }
      return failure(result.getFailure());
    }

    private Partial failure(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof EndpointRefusedException) {
          return new Partial(Outcome.PERMANENT, 0, cause.getMessage(), "");
        }
        if (cause instanceof UnknownHostException) {
          return new Partial(Outcome.RETRYABLE, 0, "host not found: " + cause.getMessage(), "");
        }
        if (cause instanceof TimeoutException) {
          return new Partial(
              Outcome.RETRYABLE, 0, "no response within " + settings.responseTimeout(), "");
        }
        if (cause instanceof ConnectException) {
          return new Partial(Outcome.RETRYABLE, 0, "connection failed: " + cause.getMessage(), "");
        }
        if (cause instanceof SSLException) {
          return new Partial(Outcome.RETRYABLE, 0, "TLS failed: " + cause.getMessage(), "");
        }
      }
      return new Partial(
          Outcome.RETRYABLE,
          0,
          "request failed: "
              + (failure == null
                  ? "unknown"
                  : failure.getClass().getSimpleName() + ": " + failure.getMessage()),
          "");
    }
  }

  /** Why a response was cut off; never seen outside this class. */
  private static final class ResponseTooLarge extends RuntimeException {
    ResponseTooLarge(int cap) {
      super("response body over " + cap + " bytes", null, false, false);
    }
  }

  /**
   * The HTTP client's name lookup: the policy's, so the addresses connected to are the ones it
   * checked, at the moment of connecting.
   */
  private static final class CheckedResolver implements SocketAddressResolver {
    private final EndpointPolicy policy;

    CheckedResolver(EndpointPolicy policy) {
      this.policy = policy;
    }

    @Override
    public void resolve(
        String host,
        int port,
        Map<String, Object> context,
        Promise<List<InetSocketAddress>> promise) {
      try {
        String bare =
            host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1)
                : host;
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (InetAddress address : policy.addressesFor(bare)) {
          // Named for the URL's host (no look-up: the bytes are the checked address), which TLS
          // takes as the peer's name for SNI and the certificate check.
          addresses.add(
              new InetSocketAddress(InetAddress.getByAddress(bare, address.getAddress()), port));
        }
        promise.succeeded(addresses);
      } catch (UnknownHostException | RuntimeException e) {
        promise.failed(e);
      }
    }
  }
}
