package app.wingspan.sdk;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Sends a {@link Call} with retries, synchronously or asynchronously, and turns its outcome into a 2xx response
 * or a {@link WingspanException}. Both paths share one decision per attempt ({@link Exchange#afterResponse},
 * {@link Exchange#afterError}); they differ only in how they wait: the calling thread sleeps (interruptibly),
 * the async path schedules the next attempt with a delayed executor and blocks no thread.
 */
final class Transport {

  /** Statuses worth another attempt: the server or something in front of it may answer differently soon. */
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private final HttpClient httpClient;
  private final BaseUrl baseUrl;
  private final Supplier<String> token;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final Map<String, String> defaultHeaders;
  private final String userAgent;
  private final DoubleSupplier random;

  Transport(HttpClient httpClient, BaseUrl baseUrl, Supplier<String> token, Duration requestTimeout,
      RetryPolicy retryPolicy, Map<String, String> defaultHeaders, String userAgent, DoubleSupplier random) {
    this.httpClient = httpClient;
    this.baseUrl = baseUrl;
    this.token = token;
    this.requestTimeout = requestTimeout;
    this.retryPolicy = retryPolicy;
    this.defaultHeaders = Map.copyOf(defaultHeaders);
    this.userAgent = userAgent;
    this.random = random;
  }

  static DoubleSupplier threadLocalRandom() {
    return () -> ThreadLocalRandom.current().nextDouble();
  }

  /**
   * Sends on the calling thread; returns a 2xx response or throws. Uses {@link HttpClient#send}, which runs the
   * exchange on this thread and wakes it once: {@code sendAsync} would hand the request to a client worker and the
   * completion to another pool, two thread hops that cost more than the rest of a local call (SdkOverheadBenchmark).
   */
  HttpResponse<byte[]> send(Call call, RequestOptions options) {
    Exchange exchange = new Exchange(call, options);
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        // Checked before sending, so an interrupted caller sends nothing at all; the flag stays set.
        throw new RequestInterruptedException(call.describe() + " was interrupted before attempt "
            + (exchange.attempts + 1) + " was sent", new InterruptedException());
      }
      HttpRequest request = exchange.nextRequest();
      Step step;
      try {
        step = exchange.afterResponse(exchange.sendHere(request));
      } catch (IOException e) {
        step = exchange.afterError(e);
      } catch (InterruptedException e) {
        // HttpClient.send has already cancelled the exchange.
        Thread.currentThread().interrupt();
        throw new RequestInterruptedException(
            call.describe() + " was interrupted while waiting for the response (attempt " + exchange.attempts + ")", e);
      }
      if (step instanceof Step.Done done) {
        return done.response();
      }
      if (step instanceof Step.Fail fail) {
        throw fail.exception();
      }
      Duration delay = ((Step.Retry) step).delay();
      try {
        TimeUnit.NANOSECONDS.sleep(delay.toNanos());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RequestInterruptedException(
            call.describe() + " was interrupted while waiting to retry (after attempt " + exchange.attempts + ")", e);
      }
    }
  }

  /**
   * Sends without blocking the caller or any pool thread. The future completes with a 2xx response or
   * exceptionally with the same exceptions {@link #send} throws; cancelling it stops further attempts.
   */
  CompletableFuture<HttpResponse<byte[]>> sendAsync(Call call, RequestOptions options) {
    CompletableFuture<HttpResponse<byte[]>> result = new CompletableFuture<>();
    Exchange exchange;
    try {
      exchange = new Exchange(call, options);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
    attemptAsync(exchange, result);
    return result;
  }

  private void attemptAsync(Exchange exchange, CompletableFuture<HttpResponse<byte[]>> result) {
    if (result.isDone()) {
      return; // cancelled by the caller while waiting to retry
    }
    HttpRequest request;
    try {
      request = exchange.nextRequest();
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    CompletableFuture<HttpResponse<byte[]>> inFlight = exchange.start(request);
    result.whenComplete((ignored, error) -> {
      if (result.isCancelled()) {
        inFlight.cancel(true);
      }
    });
    inFlight.whenComplete((response, error) -> {
      Step step;
      try {
        step = error == null ? exchange.afterResponse(response) : exchange.afterError(error);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      if (step instanceof Step.Done done) {
        result.complete(done.response());
      } else if (step instanceof Step.Fail fail) {
        result.completeExceptionally(fail.exception());
      } else {
        Duration delay = ((Step.Retry) step).delay();
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)
            .execute(() -> attemptAsync(exchange, result));
      }
    });
  }

  /** What to do after one attempt. */
  private sealed interface Step {
    record Done(HttpResponse<byte[]> response) implements Step {}

    record Retry(Duration delay) implements Step {}

    record Fail(RuntimeException exception) implements Step {}
  }

  /**
   * The state of one logical call across its attempts. Used by one thread at a time: the async path hands it
   * from attempt to attempt through future completions, which order the accesses.
   */
  private final class Exchange {
    private final Call call;
    private final Duration timeout;
    private final RetryPolicy policy;
    private final String idempotencyKey;
    private final Map<String, String> headers;
    private final Backoff backoff;
    private int attempts;
    /** Set by the current attempt's deadline when it cancels the exchange. */
    private volatile AtomicBoolean timedOut = new AtomicBoolean();

    Exchange(Call call, RequestOptions options) {
      this.call = call;
      this.timeout = options.timeout().orElse(requestTimeout);
      this.policy = options.retryPolicy().orElse(retryPolicy);
      this.idempotencyKey = options.idempotencyKey()
          .orElse(call.needsIdempotencyKey() ? UUID.randomUUID().toString() : null);
      this.headers = options.headers();
      this.backoff = new Backoff(policy, random, System::nanoTime);
    }

    /** The request of the next attempt; the token supplier is asked anew each time, so rotation takes effect. */
    HttpRequest nextRequest() {
      attempts++;
      String bearer = token.get();
      Settings.bearerToken(bearer, true);
      HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.resolve(call.path(), call.query()))
          .timeout(timeout)
          .header("Accept", "application/json")
          .header("User-Agent", userAgent)
          .header("Authorization", "Bearer " + bearer);
      if (baseUrl.plainHttp()) {
        // Without TLS the JDK would try an h2c upgrade (extra Upgrade headers on the first request), which few
        // servers want and some proxies mishandle; HTTPS still negotiates HTTP/2 through ALPN.
        builder.version(HttpClient.Version.HTTP_1_1);
      }
      if (call.body() == null) {
        builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
      } else {
        builder.method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
        builder.header("Content-Type", "application/json");
      }
      if (idempotencyKey != null) {
        builder.header("Idempotency-Key", idempotencyKey);
      }
      defaultHeaders.forEach(builder::setHeader);
      headers.forEach(builder::setHeader);
      return builder.build();
    }

    /**
     * Starts an attempt under its deadline. The JDK's own request timeout ends at the response headers; this one
     * covers the body too, and cancelling the future aborts the exchange and its connection.
     */
    CompletableFuture<HttpResponse<byte[]>> start(HttpRequest request) {
      AtomicBoolean expired = new AtomicBoolean();
      timedOut = expired;
      CompletableFuture<HttpResponse<byte[]>> inFlight =
          httpClient.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
      Timers.Deadline deadline = Timers.schedule(() -> {
        expired.set(true);
        inFlight.cancel(true);
      }, timeout);
      inFlight.whenComplete((response, error) -> deadline.cancel());
      return inFlight;
    }

    /**
     * Sends an attempt on the calling thread under the same whole-response deadline as {@link #start}: the
     * request's own timeout (set in {@link #nextRequest}) covers everything up to the response headers, and what
     * is left of it is armed when the headers arrive, to end a body that stalls.
     */
    HttpResponse<byte[]> sendHere(HttpRequest request) throws IOException, InterruptedException {
      long due = System.nanoTime() + timeout.toNanos();
      AtomicBoolean expired = new AtomicBoolean();
      timedOut = expired;
      return httpClient.send(request, info -> new DeadlineBody(HttpResponse.BodySubscribers.ofByteArray(), due,
          () -> new HttpTimeoutException("response not complete within " + timeout), expired));
    }
    Step afterResponse(HttpResponse<byte[]> response) {
      int status = response.statusCode();
      if (status >= 200 && status <= 299) {
        return new Step.Done(response);
      }
      if (RETRYABLE_STATUSES.contains(status) && retrySafe()) {
        Optional<Duration> delay = backoff.next(attempts, RetryAfter.parse(response.headers(), Instant.now()));
        if (delay.isPresent()) {
          return new Step.Retry(delay.get());
        }
      }
      return new Step.Fail(Failure.toException(call.method(), call.path(), response));
    }

    Step afterError(Throwable thrown) {
      Throwable error = unwrap(thrown);
      if (error.getClass() == IOException.class && error.getCause() instanceof IOException cause
          && Objects.equals(error.getMessage(), cause.getMessage())) {
        // HttpClient.send rethrows what the exchange failed with as a plain IOException around it: report the
        // real one (EOFException, ...), as the async path does.
        error = cause;
      }
      if (error instanceof CancellationException && timedOut.get()) {
        error = new HttpTimeoutException("response not complete within " + timeout);
      }
      if (error instanceof HttpTimeoutException && !(error instanceof HttpConnectTimeoutException)) {
        return new Step.Fail(new RequestTimeoutException(
            call.describe() + " timed out: no complete response within " + timeout + " (attempt " + attempts + ")", error));
      }
      if (!(error instanceof IOException)) {
        // Not a transport failure (a bug, or the caller's token supplier threw): pass it on untouched.
        return new Step.Fail(error instanceof RuntimeException runtime ? runtime : new CompletionException(error));
      }
      if (retrySafe()) {
        Optional<Duration> delay = backoff.next(attempts, Optional.empty());
        if (delay.isPresent()) {
          return new Step.Retry(delay.get());
        }
      }
      String cause = error instanceof HttpConnectTimeoutException
          ? "could not connect to " + baseUrl.authority() + " in time (" + describe(error) + ")"
          : error instanceof ConnectException
              ? "could not connect to " + baseUrl.authority() + " (" + describe(error) + ")"
              : describe(error);
      String message = call.describe() + " failed after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ")
          + cause;
      return new Step.Fail(error instanceof HttpConnectTimeoutException
          ? new RequestTimeoutException(message, error)
          : new NetworkException(message, error));
    }

    private boolean retrySafe() {
      return policy.retries() && (call.idempotent() || idempotencyKey != null);
    }
  }

  /**
   * A body subscriber that fails with a timeout when the body is not complete by {@code due}, cancelling its
   * subscription so the connection is dropped rather than reused. Its deadline is armed only once the headers are
   * in, and disarmed as soon as the body ends.
   */
  private static final class DeadlineBody implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.BodySubscriber<byte[]> body;
    private final long due;
    private final Supplier<HttpTimeoutException> timeout;
    private final AtomicBoolean expired;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Timers.Deadline deadline;

    DeadlineBody(HttpResponse.BodySubscriber<byte[]> body, long due, Supplier<HttpTimeoutException> timeout,
        AtomicBoolean expired) {
      this.body = body;
      this.due = due;
      this.timeout = timeout;
      this.expired = expired;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      body.onSubscribe(subscription);
      deadline = Timers.scheduleAt(() -> {
        if (ended.compareAndSet(false, true)) {
          expired.set(true);
          subscription.cancel();
          body.onError(timeout.get());
        }
      }, due);
      if (ended.get()) {
        deadline.cancel(); // the body ended while the deadline was being armed
      }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      if (!ended.get()) {
        body.onNext(item);
      }
    }

    @Override
    public void onError(Throwable error) {
      if (ended.compareAndSet(false, true)) {
        disarm();
        body.onError(error);
      }
    }

    @Override
    public void onComplete() {
      if (ended.compareAndSet(false, true)) {
        disarm();
        body.onComplete();
      }
    }

    private void disarm() {
      Timers.Deadline armed = deadline;
      if (armed != null) {
        armed.cancel();
      }
    }
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** The exception's type and message, and its cause's when the message is empty (ConnectException in an IOException). */
  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
    if (error.getMessage() != null && !error.getMessage().isBlank()) {
      text.append(": ").append(error.getMessage());
    } else if (error.getCause() != null && error.getCause() != error) {
      text.append(" (").append(describe(error.getCause())).append(')');
    }
    return text.toString();
  }
}
