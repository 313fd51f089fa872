package app.wingspan.sdk;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Sends a {@link Call} with retries, synchronously or asynchronously, and turns its outcome into a
 * 2xx response or a {@link WingspanException}. Both paths share one decision per attempt ({@link
 * Exchange#afterResponse}, {@link Exchange#afterError}); they differ only in how they wait: the
 * calling thread sleeps (interruptibly), the async path schedules the next attempt on the client's
 * timer and blocks no thread. Async continuations run on the client's callback executor.
 *
 * <p>Every call in progress is registered, so {@link #close()} can end it: a waiting thread is
 * woken, an async call completed, and the exchange cancelled. Otherwise, on Java 17, a call whose
 * client shut its threads down would wait for ever: the JDK's own timeouts need those threads.
 */
final class Transport {

  /**
   * Statuses worth another attempt: the server or something in front of it may answer differently
   * soon.
   */
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  /**
   * The error code of a 409 whose Idempotency-Key belongs to a request the server is still
   * processing.
   */
  static final String IDEMPOTENCY_KEY_IN_USE = "IDEMPOTENCY_KEY_IN_USE";

  private final HttpClient httpClient;
  private final BaseUrl baseUrl;
  private final Supplier<String> token;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final Map<String, String> defaultHeaders;
  private final String userAgent;
  private final DoubleSupplier random;
  private final Timers timers;
  private final Observers observers;
  private final HeaderRedaction redaction;
  private final RetryBucket retryBucket;
  private final Executor callbacks;
  private final Set<Exchange> inProgress = ConcurrentHashMap.newKeySet();

  /**
   * The last token the supplier gave, checked, with its header value; a call reuses both while the
   * supplier returns that same string (a fixed token always does).
   */
  private volatile BearerHeader lastBearer;

  private record BearerHeader(String token, String value) {}

  private volatile boolean closed;

  Transport(
      HttpClient httpClient,
      BaseUrl baseUrl,
      Supplier<String> token,
      Duration requestTimeout,
      RetryPolicy retryPolicy,
      Map<String, String> defaultHeaders,
      String userAgent,
      DoubleSupplier random,
      Timers timers,
      List<WingspanListener> listeners,
      HeaderRedaction redaction,
      RetryQuota retryQuota,
      Executor callbacks) {
    this.httpClient = httpClient;
    this.timers = timers;
    this.redaction = redaction;
    this.observers = new Observers(listeners, redaction);
    this.retryBucket = new RetryBucket(retryQuota);
    this.callbacks = callbacks;
    this.baseUrl = baseUrl;
    this.token = token;
    this.requestTimeout = requestTimeout;
    this.retryPolicy = retryPolicy;
    this.defaultHeaders = Map.copyOf(defaultHeaders);
    this.userAgent = userAgent;
    this.random = random;
  }

  /**
   * Makes every later call fail with {@link #closedError}, and ends every call in progress with
   * {@link Exchange#closedInFlight()}: a thread waiting for a response or a retry is woken, an
   * async call's future completed, its exchange cancelled.
   */
  void close() {
    closed = true;
    for (Exchange exchange : inProgress) {
      exchange.abort();
    }
  }

  private static IllegalStateException closedError(Call call) {
    return new IllegalStateException(
        call.describe() + " was not sent: this Wingspan client is closed");
  }

  /** The tokens left of the retry quota; for tests. */
  int retryTokens() {
    return retryBucket.available();
  }

  static DoubleSupplier threadLocalRandom() {
    return () -> ThreadLocalRandom.current().nextDouble();
  }

  /**
   * Sends on the calling thread; returns a 2xx response or throws. Uses {@link HttpClient#send},
   * which runs the exchange on this thread and wakes it once: {@code sendAsync} would hand the
   * request to a client worker and the completion to another pool, two thread hops that cost more
   * than the rest of a local call (SdkOverheadBenchmark).
   */
  Sent send(Call call, RequestOptions options) {
    if (closed) {
      throw closedError(call);
    }
    Exchange exchange = new Exchange(call, options);
    inProgress.add(exchange);
    try {
      if (closed) {
        throw closedError(call);
      }
      return sendLoop(exchange);
    } finally {
      inProgress.remove(exchange);
    }
  }

  private Sent sendLoop(Exchange exchange) {
    Call call = exchange.call;
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        // Checked before sending, so an interrupted caller sends nothing at all; the flag stays
        // set.
        throw exchange.failed(
            new RequestInterruptedException(
                call.describe()
                    + " was interrupted before attempt "
                    + (exchange.attempts + 1)
                    + " was sent",
                new InterruptedException(),
                exchange.attempts));
      }
      Step step = exchange.prepare();
      if (step == null) {
        HttpResponse<byte[]> response = null;
        Exception failure = null;
        Timers.Deadline deadline = exchange.armDeadline(exchange.enterWait());
        try {
          response = httpClient.send(exchange.request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
          failure = e;
        } catch (RuntimeException | Error e) {
          deadline.cancel();
          exchange.leaveWait();
          throw e;
        }
        deadline.cancel();
        Wake wake = exchange.leaveWait();
        if (wake == Wake.CLOSED && response == null) {
          // close() woke this thread (the exchange is cancelled); its interrupt is cleared.
          throw exchange.closedInFlight();
        }
        if (response != null) {
          step = exchange.afterResponse(response);
        } else if (wake == Wake.EXPIRED) {
          // The attempt's deadline woke this thread (HttpClient.send cancelled the exchange on
          // the interrupt, whose flag is cleared): whatever send threw is the deadline's doing.
          step =
              exchange.afterError(
                  new HttpTimeoutException(
                      "response not complete within " + exchange.attemptTimeout));
        } else if (failure instanceof InterruptedException interrupted) {
          // HttpClient.send has already cancelled the exchange.
          Thread.currentThread().interrupt();
          throw exchange.failed(
              new RequestInterruptedException(
                  call.describe()
                      + " was interrupted while waiting for the response (attempt "
                      + exchange.attempts
                      + ")",
                  interrupted,
                  exchange.attempts));
        } else {
          step = exchange.afterError(failure);
        }
      }
      if (step instanceof Step.Done done) {
        return new Sent(done.response(), exchange.attempts);
      }
      if (step instanceof Step.Fail fail) {
        throw fail.exception();
      }
      Duration delay = ((Step.Retry) step).delay();
      exchange.enterWait();
      try {
        TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        if (exchange.leaveWait() == Wake.CLOSED) {
          throw exchange.closedInFlight();
        }
      } catch (InterruptedException e) {
        if (exchange.leaveWait() == Wake.CLOSED) {
          throw exchange.closedInFlight();
        }
        Thread.currentThread().interrupt();
        throw exchange.failed(
            new RequestInterruptedException(
                call.describe()
                    + " was interrupted while waiting to retry (after attempt "
                    + exchange.attempts
                    + ")",
                e,
                exchange.attempts));
      }
    }
  }

  /** Why a sync call's wait ended: on its own, or woken by close() or the attempt's deadline. */
  private enum Wake {
    NORMALLY,
    CLOSED,
    EXPIRED
  }

  /**
   * A 2xx response, the number of attempts it took, and its {@code Content-Type} (read once: a
   * header look-up is a case-insensitive map search).
   */
  record Sent(HttpResponse<byte[]> response, int attempts, String contentType) {
    Sent(HttpResponse<byte[]> response, int attempts) {
      this(response, attempts, response.headers().firstValue("Content-Type").orElse(""));
    }
  }

  /**
   * Sends without blocking the caller or any pool thread. The future completes with a 2xx response
   * or exceptionally with the same exceptions {@link #send} throws; cancelling it stops further
   * attempts.
   */
  CompletableFuture<Sent> sendAsync(Call call, RequestOptions options) {
    if (closed) {
      throw closedError(call);
    }
    CompletableFuture<Sent> result = new CompletableFuture<>();
    Exchange exchange;
    try {
      exchange = new Exchange(call, options);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
    exchange.result = result;
    inProgress.add(exchange);
    result.whenComplete((ignored, error) -> inProgress.remove(exchange));
    if (closed) {
      result.completeExceptionally(closedError(call));
      return result;
    }
    attemptAsync(exchange, result);
    return result;
  }

  private void attemptAsync(Exchange exchange, CompletableFuture<Sent> result) {
    if (result.isDone()) {
      return; // cancelled by the caller while waiting to retry
    }
    Step prepared;
    try {
      prepared = exchange.prepare();
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    if (prepared != null) {
      settle(exchange, result, prepared);
      return;
    }
    CompletableFuture<HttpResponse<byte[]>> inFlight = exchange.start(exchange.request);
    exchange.current = inFlight;
    result.whenComplete(
        (ignored, error) -> {
          if (result.isCompletedExceptionally()) {
            inFlight.cancel(true); // cancelled by the caller, or ended by close()
          }
        });
    // On the client's callback executor: the JDK completes sendAsync on its default async pool,
    // which on a machine of few CPUs is a new thread per task.
    inFlight.whenCompleteAsync(
        (response, error) -> {
          Step step;
          try {
            step = error == null ? exchange.afterResponse(response) : exchange.afterError(error);
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
          }
          settle(exchange, result, step);
        },
        callbacks);
  }

  private void settle(Exchange exchange, CompletableFuture<Sent> result, Step step) {
    if (step instanceof Step.Done done) {
      result.complete(new Sent(done.response(), exchange.attempts));
    } else if (step instanceof Step.Fail fail) {
      result.completeExceptionally(fail.exception());
    } else {
      Duration delay = ((Step.Retry) step).delay();
      timers.schedule(() -> callbacks.execute(() -> attemptAsync(exchange, result)), delay);
    }
  }

  /** What to do after one attempt. */
  private sealed interface Step {
    record Done(HttpResponse<byte[]> response) implements Step {}

    record Retry(Duration delay) implements Step {}

    record Fail(RuntimeException exception) implements Step {}
  }

  /**
   * The state of one logical call across its attempts. Used by one thread at a time: the async path
   * hands it from attempt to attempt through future completions, which order the accesses.
   */
  private final class Exchange {
    private final Call call;
    private final Duration timeout;
    private final RetryPolicy policy;
    private final String idempotencyKey;
    private final Map<String, String> headers;
    private final Backoff backoff;
    private final boolean observed;
    private int attempts;

    /**
     * The current attempt's request, its timeout (cut to the call's budget), and when it was sent.
     */
    private HttpRequest request;

    private Duration attemptTimeout;
    private boolean cutToBudget;
    private long attemptStart;
    private WingspanListener.Attempt attempt;

    /** Set by the current attempt's deadline when it cancels the exchange. */
    private volatile AtomicBoolean timedOut = new AtomicBoolean();

    /** The retry tokens the last retry took, given back if the call then succeeds. */
    private int retryTokensTaken;

    /** The async call's future and its current attempt; null for a sync call. */
    private volatile CompletableFuture<Sent> result;

    private volatile CompletableFuture<HttpResponse<byte[]>> current;

    /** The thread of a sync call while it waits for a response or a retry; guarded by this. */
    private Thread waiter;

    /**
     * Counts the waits of this call, so a deadline that fires late (its cancellation raced with it)
     * cannot wake a later wait; guarded by this.
     */
    private int waits;

    /** Whether close() ended this call; guarded by this. */
    private boolean aborted;

    /** Whether the deadline of the attempt being waited for woke the waiter; guarded by this. */
    private boolean expired;

    Exchange(Call call, RequestOptions options) {
      this.call = call;
      this.timeout = options.timeout().orElse(requestTimeout);
      this.policy = options.retryPolicy().orElse(retryPolicy);
      this.idempotencyKey =
          options
              .idempotencyKey()
              .orElse(call.needsIdempotencyKey() ? UUID.randomUUID().toString() : null);
      this.headers = options.headers();
      this.backoff = new Backoff(policy, random, System::nanoTime);
      this.observed = observers.active();
    }

    /** Called by close(): wakes the waiting thread, or completes the async call, and cancels. */
    void abort() {
      synchronized (this) {
        aborted = true;
        if (waiter != null) {
          waiter.interrupt();
        }
      }
      CompletableFuture<Sent> future = result;
      if (future != null) {
        future.completeExceptionally(closedInFlight());
        CompletableFuture<HttpResponse<byte[]>> attempt = current;
        if (attempt != null) {
          attempt.cancel(true);
        }
      }
    }

    /**
     * Marks the calling thread as waiting on this call, or fails if close() already ended it.
     * Returns the wait's number.
     */
    synchronized int enterWait() {
      if (aborted) {
        throw closedInFlight();
      }
      waiter = Thread.currentThread();
      expired = false;
      return ++waits;
    }

    /**
     * Ends the wait and says what ended it. When close() or the attempt's deadline woke this
     * thread, their interrupt is cleared: it was ours, not the caller's.
     */
    synchronized Wake leaveWait() {
      waiter = null;
      if (aborted || expired) {
        Thread.interrupted();
        return aborted ? Wake.CLOSED : Wake.EXPIRED;
      }
      return Wake.NORMALLY;
    }

    /**
     * Arms the deadline of a sync attempt, sent next on the calling thread in wait number {@code
     * wait} ({@link #enterWait}): when due, it wakes the thread, and {@link HttpClient#send} then
     * cancels the exchange. The request's own timeout ends at the response headers; this covers the
     * body too. It needs no thread of the HTTP client, which on Java 17 ends when the client is
     * closed, and adds no subscriber of the client's: the JDK runs any body subscriber of its own
     * on its executor, a thread hand-off per call (SdkOverheadBenchmark).
     */
    Timers.Deadline armDeadline(int wait) {
      return timers.schedule(() -> expire(wait), attemptTimeout);
    }

    /**
     * Wakes the thread of wait number {@code wait}, unless that wait is over, or the caller's own
     * interrupt is already waking it (which then ends the call as an interrupt, not a timeout).
     */
    private synchronized void expire(int wait) {
      if (waiter != null && waits == wait && !aborted && !waiter.isInterrupted()) {
        expired = true;
        waiter.interrupt();
      }
    }

    IllegalStateException closedInFlight() {
      return new IllegalStateException(
          call.describe()
              + " did not complete: this Wingspan client was closed while the call was in"
              + " progress (after "
              + attempts
              + (attempts == 1 ? " attempt)" : " attempts)"));
    }

    /**
     * Prepares the next attempt's request, asking the token supplier anew so rotation takes effect.
     * Returns null when the request is ready, or the step that ends the call when none may be sent:
     * the client was closed, the call's time budget is spent, or the token supplier failed.
     */
    Step prepare() {
      if (closed) {
        return new Step.Fail(closedError(call));
      }
      long budgetLeft = policy.maxElapsedTime().toNanos() - backoff.elapsed().toNanos();
      if (budgetLeft <= 0) {
        return fail(
            new RequestTimeoutException(
                call.describe()
                    + " ran out of its time budget (maxElapsedTime "
                    + policy.maxElapsedTime()
                    + ") after "
                    + attempts
                    + (attempts == 1 ? " attempt" : " attempts"),
                null,
                attempts));
      }
      cutToBudget = budgetLeft < timeout.toNanos();
      attemptTimeout = cutToBudget ? Duration.ofNanos(budgetLeft) : timeout;
      String bearer;
      try {
        bearer = token.get();
      } catch (RuntimeException e) {
        return fail(
            new BearerTokenException(
                call.describe()
                    + " was not sent (attempt "
                    + (attempts + 1)
                    + "): the bearer token supplier threw "
                    + describe(e),
                e,
                attempts));
      }
      BearerHeader authorization = lastBearer;
      if (authorization == null || authorization.token() != bearer) {
        // A new token (or a supplier that makes a new string each time): check it once. Identity,
        // not equals: the same string instance was checked already, and comparing is free.
        try {
          Settings.bearerToken(bearer, true);
        } catch (IllegalStateException e) {
          return fail(
              new BearerTokenException(
                  call.describe()
                      + " was not sent (attempt "
                      + (attempts + 1)
                      + "): "
                      + e.getMessage(),
                  null,
                  attempts));
        }
        authorization = new BearerHeader(bearer, "Bearer " + bearer);
        lastBearer = authorization;
      }
      attempts++;
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(baseUrl.resolve(call.path(), call.query()))
              .timeout(attemptTimeout)
              .header("Accept", "application/json")
              .header("User-Agent", userAgent)
              .header("Authorization", authorization.value());
      if (baseUrl.plainHttp()) {
        // Without TLS the JDK would try an h2c upgrade (extra Upgrade headers on the first
        // request), which few
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
      request = builder.build();
      attemptStart = System.nanoTime();
      if (observed) {
        attempt = observers.attempt(request, attempts);
        observers.requestSent(attempt);
      }
      return null;
    }

    /**
     * Starts an attempt under its deadline. The JDK's own request timeout ends at the response
     * headers; this one covers the body too, and cancelling the future aborts the exchange and its
     * connection.
     */
    CompletableFuture<HttpResponse<byte[]>> start(HttpRequest request) {
      AtomicBoolean expired = new AtomicBoolean();
      timedOut = expired;
      CompletableFuture<HttpResponse<byte[]>> inFlight =
          httpClient.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
      Timers.Deadline deadline =
          timers.schedule(
              () -> {
                expired.set(true);
                inFlight.cancel(true);
              },
              attemptTimeout);
      inFlight.whenComplete((response, error) -> deadline.cancel());
      return inFlight;
    }

    Step afterResponse(HttpResponse<byte[]> response) {
      int status = response.statusCode();
      if (observed) {
        observers.responseReceived(
            attempt,
            status,
            response.headers(),
            Duration.ofNanos(System.nanoTime() - attemptStart));
      }
      if (status >= 200 && status <= 299) {
        retryBucket.release(retryTokensTaken > 0 ? retryTokensTaken : 1);
        return new Step.Done(response);
      }
      String retryReason = null;
      if (RETRYABLE_STATUSES.contains(status) && retrySafe()) {
        retryReason = "HTTP " + status;
      } else if (status == 409
          && idempotencyKey != null
          && policy.retries()
          && IDEMPOTENCY_KEY_IN_USE.equals(Failure.errorCode(response))) {
        // The first attempt of this very call may still be running on the server: wait for it to
        // finish, and the
        // retry gets its stored response instead of a conflict.
        retryReason = "HTTP 409 " + IDEMPOTENCY_KEY_IN_USE;
      }
      if (retryReason != null) {
        Optional<Duration> delay =
            retryDelay(RetryAfter.parse(response.headers(), Instant.now()), false);
        if (delay.isPresent()) {
          return retry(retryReason, delay.get());
        }
      }
      return fail(
          Failure.toException(
              call.method(),
              call.path(),
              response,
              attempts,
              redaction.secrets(request.headers())));
    }

    Step afterError(Throwable thrown) {
      Throwable error = unwrap(thrown);
      if (error.getClass() == IOException.class
          && error.getCause() instanceof IOException cause
          && Objects.equals(error.getMessage(), cause.getMessage())) {
        // HttpClient.send rethrows what the exchange failed with as a plain IOException around it:
        // report the
        // real one (EOFException, ...), as the async path does.
        error = cause;
      }
      if (timedOut.get() && !(error instanceof HttpTimeoutException)) {
        // This attempt's deadline fired: whatever the exchange failed with next is its doing. The
        // JDK reports it
        // as a CancellationException (async), our timeout (sync, 17), or an IOException of its own
        // (sync, 25),
        // which must not pass for a network error and be retried.
        error = new HttpTimeoutException("response not complete within " + attemptTimeout);
      }
      if (error instanceof HttpTimeoutException
          && !(error instanceof HttpConnectTimeoutException)) {
        if (retrySafe() && !cutToBudget) {
          // Safe to repeat (a read, or a write under its Idempotency-Key): another attempt, within
          // the call's budget, may well answer in time.
          Optional<Duration> delay = retryDelay(Optional.empty(), true);
          if (delay.isPresent()) {
            return retry("timeout: no complete response within " + timeout, delay.get());
          }
        }
        String within =
            cutToBudget
                ? "within the call's time budget (maxElapsedTime " + policy.maxElapsedTime() + ")"
                : "within " + timeout;
        return fail(
            new RequestTimeoutException(
                call.describe()
                    + " timed out: no complete response "
                    + within
                    + " (attempt "
                    + attempts
                    + ")",
                error,
                attempts));
      }
      if (!(error instanceof IOException)) {
        // Not a transport failure (a bug): pass it on untouched.
        return new Step.Fail(
            error instanceof RuntimeException runtime ? runtime : new CompletionException(error));
      }
      if (retrySafe()) {
        Optional<Duration> delay = retryDelay(Optional.empty(), false);
        if (delay.isPresent()) {
          return retry(describe(error), delay.get());
        }
      }
      String cause =
          error instanceof HttpConnectTimeoutException
              ? "could not connect to " + baseUrl.authority() + " in time (" + describe(error) + ")"
              : error instanceof ConnectException
                  ? "could not connect to " + baseUrl.authority() + " (" + describe(error) + ")"
                  : describe(error);
      String message =
          call.describe()
              + " failed after "
              + attempts
              + (attempts == 1 ? " attempt: " : " attempts: ")
              + cause;
      return fail(
          error instanceof HttpConnectTimeoutException
              ? new RequestTimeoutException(message, error, attempts)
              : new NetworkException(message, error, attempts));
    }

    /**
     * The delay before another attempt, or empty when the policy or the client's retry quota says
     * no; takes the retry's tokens from the quota.
     */
    private Optional<Duration> retryDelay(Optional<Duration> retryAfter, boolean timeout) {
      Optional<Duration> delay = backoff.next(attempts, retryAfter);
      if (delay.isEmpty()) {
        return delay;
      }
      int cost = retryBucket.cost(timeout);
      if (!retryBucket.tryAcquire(cost)) {
        if (observed) {
          Observers.LOG.log(
              System.Logger.Level.DEBUG,
              "{0} not retried: the client''s retry quota is used up",
              call.describe());
        }
        return Optional.empty();
      }
      retryTokensTaken = cost;
      return delay;
    }

    private Step retry(String reason, Duration delay) {
      if (observed) {
        observers.retryScheduled(attempt, reason, delay);
      }
      return new Step.Retry(delay);
    }

    private Step fail(WingspanException error) {
      return new Step.Fail(failed(error));
    }

    /** Tells the observers the call failed; returns the error to throw. */
    <E extends WingspanException> E failed(E error) {
      if (observed) {
        observers.callFailed(call.describe(), error);
      }
      return error;
    }

    private boolean retrySafe() {
      return policy.retries() && (call.idempotent() || idempotencyKey != null);
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

  /**
   * The exception's type and message, and its cause's when the message is empty (ConnectException
   * in an IOException).
   */
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
