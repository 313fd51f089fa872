package app.wingspan.server.http;

import app.wingspan.server.error.ErrorCodes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request passes before Javalin, in Jetty's asynchronous layer, where waiting costs no
 * thread.
 *
 * <p><b>Bodies arrive before a thread is given.</b> Javalin reads bodies with blocking I/O on a
 * pool thread, so a client that sends headers and then the body slowly (or never) would hold a
 * thread for as long as it likes; a few hundred of them starve the pool and every route, health
 * included, stops answering. Here the body is read asynchronously into memory (it is at most {@link
 * Bodies#MAX_BYTES}) and the request is handed on only when it is complete. Bounds: a body must
 * arrive within {@link #BODY_TIMEOUT_MS} of its headers (else 408, connection closed); one
 * credential (the Authorization header as sent) may have {@link #MAX_PENDING_PER_CREDENTIAL} bodies
 * arriving at once (else 429); all bodies held in memory together stay under {@link
 * #MAX_HELD_BYTES} (else 503). A body declared over the limit is refused with 413 before anything
 * is read, so {@code Expect: 100-continue} gets the 413 instead of {@code 100 Continue}; a modestly
 * oversized one (up to {@link #DISCARD_LIMIT}) is read and dropped first, as is the body of any
 * request the gate refuses, so the client, which usually sends its whole body before reading, sees
 * the answer rather than a reset, and the connection stays usable.
 *
 * <p><b>Framing errors are the client's.</b> A malformed chunked body surfaces here as a read
 * failure: it is answered 400 with one WARN line (no stack trace); a client that hangs up mid-body
 * gets no answer and no log.
 *
 * <p><b>No method override.</b> Javalin honours {@code X-HTTP-Method-Override}, which would let a
 * GET write; the contract offers no override, so the header is removed before Javalin sees it.
 *
 * <p><b>Percent-escapes are checked.</b> A path with {@code %} not followed by two hex digits (e.g.
 * {@code %u0041}) is 400 here; Javalin would fail decoding it with an unexpected exception (500).
 */
final class RequestGate extends Handler.Wrapper {
  static final long BODY_TIMEOUT_MS = 10_000;

  /**
   * As many as the connections a busy client keeps open with one token (bench/run's 64): a body
   * that arrives in a second read counts while it waits for that read, which a loaded server can
   * take a while to do, so 16 refused a well-behaved 64-connection client now and then.
   */
  static final int MAX_PENDING_PER_CREDENTIAL = 64;

  static final long MAX_HELD_BYTES = 64L * 1024 * 1024;

  /**
   * Oversized bodies up to this size are read and dropped before the 413; beyond it the connection
   * is closed.
   */
  static final long DISCARD_LIMIT = 8L * Bodies.MAX_BYTES;

  private static final int INITIAL_BUFFER = 8 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);
  private static final List<String> METHOD_OVERRIDES =
      List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

  private final long bodyTimeoutMs;
  private final MeterRegistry registry;
  private final ConcurrentHashMap<String, Integer> pendingByCredential = new ConcurrentHashMap<>();
  private final AtomicLong heldBytes = new AtomicLong();
  private final AtomicLong arriving = new AtomicLong();

  /**
   * @param registry where {@code http_server_gate_refused_total} (by status) and the gauges {@code
   *     http_server_bodies_arriving} and {@code http_server_bodies_held_bytes} go; the refusals
   *     never reach Javalin, so its request metrics do not count them
   */
  RequestGate(long bodyTimeoutMs, MeterRegistry registry) {
    this.bodyTimeoutMs = bodyTimeoutMs;
    this.registry = registry;
    Gauge.builder("http.server.bodies.arriving", arriving, AtomicLong::get)
        .description("request bodies being received before their request is handled")
        .register(registry);
    Gauge.builder("http.server.bodies.held.bytes", heldBytes, AtomicLong::get)
        .description("bytes of request bodies held in memory")
        .register(registry);
  }

  /** An error answered by the gate itself, once any body has been read and dropped. */
  private record Refusal(int status, String code, String detail) {}

  private static final Refusal MALFORMED_ESCAPE =
      new Refusal(
          400,
          ErrorCodes.BAD_REQUEST,
          "the request path has a malformed %-escape (a % must be followed by two hex digits)");
  private static final Refusal TOO_LARGE =
      new Refusal(
          413,
          ErrorCodes.PAYLOAD_TOO_LARGE,
          "the request body is larger than " + Bodies.MAX_BYTES + " bytes");

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Request plain = withoutMethodOverride(request);
    long declared = request.getLength();
    boolean chunked =
        request
            .getHeaders()
            .contains(HttpHeader.TRANSFER_ENCODING, HttpHeaderValue.CHUNKED.asString());
    boolean hasBody = declared > 0 || chunked;
    Refusal refusal =
        !wellEscaped(request.getHttpURI().getPath())
            ? MALFORMED_ESCAPE
            : declared > Bodies.MAX_BYTES ? TOO_LARGE : null;
    if (refusal != null) {
      if (!hasBody) {
        answer(request, response, callback, refusal, false);
      } else if (declared > DISCARD_LIMIT || request.getHeaders().contains(HttpHeader.EXPECT)) {
        // Not worth reading, or not sent yet (the client waits for 100 Continue): answer now and
        // close.
        answer(request, response, callback, refusal, true);
      } else {
        new Receiver(plain, response, callback, null, refusal).start();
      }
      return true;
    }
    if (!hasBody) {
      return super.handle(plain, response, callback);
    }
    String credential = credential(request);
    if (!claim(credential)) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
      refuse(
          request,
          response,
          callback,
          429,
          ErrorCodes.TOO_MANY_REQUESTS,
          "too many request bodies of this caller are still arriving; retry shortly");
      return true;
    }
    new Receiver(plain, response, callback, credential, null).start();
    return true;
  }

  private boolean claim(String credential) {
    boolean[] claimed = {false};
    pendingByCredential.compute(
        credential,
        (key, count) -> {
          int current = count == null ? 0 : count;
          if (current >= MAX_PENDING_PER_CREDENTIAL) {
            return count;
          }
          claimed[0] = true;
          return current + 1;
        });
    return claimed[0];
  }

  private void unclaim(String credential) {
    pendingByCredential.computeIfPresent(credential, (key, count) -> count <= 1 ? null : count - 1);
  }

  /** The credential as sent (never logged); requests without one share a single allowance. */
  private static String credential(Request request) {
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    return authorization == null ? "" : authorization;
  }

  private void answer(
      Request request, Response response, Callback callback, Refusal refusal, boolean close) {
    if (close) {
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    counted(refusal.status());
    JettyErrors.write(
        request, response, callback, refusal.status(), refusal.code(), refusal.detail());
  }

  private void counted(int status) {
    registry.counter("http.server.gate.refused", "status", Integer.toString(status)).increment();
  }

  /**
   * An error answered before the body was read: the connection cannot be reused, since the body may
   * follow.
   */
  private void refuse(
      Request request,
      Response response,
      Callback callback,
      int status,
      String code,
      String detail) {
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    counted(status);
    JettyErrors.write(request, response, callback, status, code, detail);
  }

  static boolean wellEscaped(String rawPath) {
    if (rawPath == null) {
      return true;
    }
    for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
      if (i + 2 >= rawPath.length()
          || !isHex(rawPath.charAt(i + 1))
          || !isHex(rawPath.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static Request withoutMethodOverride(Request request) {
    HttpFields headers = request.getHeaders();
    boolean present = false;
    for (String name : METHOD_OVERRIDES) {
      present |= headers.contains(name);
    }
    if (!present) {
      return request;
    }
    HttpFields.Mutable kept = HttpFields.build(headers);
    METHOD_OVERRIDES.forEach(kept::remove);
    HttpFields fields = kept.asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpFields getHeaders() {
        return fields;
      }
    };
  }

  /**
   * Reads one body asynchronously: each time content is available, on a pool thread for just as
   * long as copying it takes. Whoever finishes first (the last chunk, a failure, the deadline)
   * decides the outcome; the others find the receiver finished and stop.
   */
  private final class Receiver implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String credential;

    /** Non-null: the body is read and dropped, then this is the answer. */
    private final Refusal refusal;

    private final boolean discard;
    private byte[] body;
    private int size;
    private long discarded;
    private long held;
    private boolean finished;
    private Scheduler.Task deadline;

    Receiver(
        Request request, Response response, Callback callback, String credential, Refusal refusal) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.credential = credential;
      this.refusal = refusal;
      this.discard = refusal != null;
      // Memory follows the bytes that arrive, never what is declared: a thousand stalled requests
      // declaring 1 MiB
      // each must not reserve a gigabyte.
      long declared = request.getLength();
      this.body =
          discard
              ? null
              : new byte[declared > 0 ? (int) Math.min(declared, INITIAL_BUFFER) : INITIAL_BUFFER];
    }

    void start() {
      arriving.incrementAndGet();
      deadline =
          request
              .getComponents()
              .getScheduler()
              .schedule(this::expire, bodyTimeoutMs, TimeUnit.MILLISECONDS);
      run();
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          if (!isFinished()) {
            request.demand(this);
          }
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          failed(chunk.getFailure());
          return;
        }
        boolean accepted;
        try {
          accepted = accept(chunk.getByteBuffer());
        } finally {
          chunk.release();
        }
        if (!accepted) {
          return;
        }
        if (chunk.isLast()) {
          complete();
          return;
        }
      }
    }

    private synchronized boolean isFinished() {
      return finished;
    }

    /**
     * Copies the content; false if the receiver is finished (now or already) and nothing more is to
     * be read.
     */
    private boolean accept(ByteBuffer content) {
      int length = content.remaining();
      synchronized (this) {
        if (finished) {
          return false;
        }
        if (discard) {
          discarded += length;
          if (discarded <= DISCARD_LIMIT) {
            return true;
          }
        } else if ((long) size + length <= Bodies.MAX_BYTES) {
          if (heldBytes.addAndGet(length) > MAX_HELD_BYTES) {
            heldBytes.addAndGet(-length);
            finish();
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            refuse(
                request,
                response,
                callback,
                503,
                ErrorCodes.SERVICE_UNAVAILABLE,
                "the server is receiving too many request bodies; retry shortly");
            return false;
          }
          held += length;
          if (size + length > body.length) {
            long declared = request.getLength();
            int limit = declared > 0 ? (int) declared : Bodies.MAX_BYTES;
            body = Arrays.copyOf(body, Math.max(size + length, Math.min(body.length * 2, limit)));
          }
          content.get(body, size, length);
          size += length;
          return true;
        }
        finish();
      }
      answer(request, response, callback, discard ? refusal : TOO_LARGE, true);
      return false;
    }

    private void complete() {
      synchronized (this) {
        if (finished) {
          return;
        }
        finished = true;
        deadline.cancel();
        arriving.decrementAndGet();
        if (credential != null) {
          unclaim(credential);
        }
      }
      if (discard) {
        answer(request, response, callback, refusal, false);
        return;
      }
      Content.Chunk content = Content.Chunk.from(ByteBuffer.wrap(body, 0, size), true);
      Request received = new Received(request, content);
      Callback done =
          new Callback.Nested(callback) {
            @Override
            public void completed() {
              releaseHeld();
            }
          };
      try {
        if (!getHandler().handle(received, response, done)) {
          Response.writeError(received, response, done, 404);
        }
      } catch (Throwable failure) {
        Response.writeError(received, response, done, failure);
      }
    }

    private synchronized void releaseHeld() {
      heldBytes.addAndGet(-held);
      held = 0;
      body = null;
    }

    /** Ends the receiver without handing the request on; false if it had already ended. */
    private boolean finish() {
      synchronized (this) {
        if (finished) {
          return false;
        }
        finished = true;
        if (deadline != null) {
          deadline.cancel();
        }
        arriving.decrementAndGet();
        if (credential != null) {
          unclaim(credential);
        }
      }
      releaseHeld();
      return true;
    }

    private void failed(Throwable failure) {
      if (!finish()) {
        return;
      }
      if (failure instanceof HttpException http && !clientLeft()) {
        LOG.warn(
            "refused a malformed request body on {} {}: 400 ({})",
            request.getMethod(),
            LogText.path(request.getHttpURI().getPath()),
            LogText.escape(http.getReason()));
        refuse(
            request,
            response,
            callback,
            400,
            ErrorCodes.BAD_REQUEST,
            "the request body is malformed (its chunked framing or length is wrong)");
      } else if (failure instanceof TimeoutException) {
        timedOut();
      } else {
        // The client went away mid-body: nobody is listening for an answer, and it is not the
        // server's fault.
        LOG.debug("request body cut off: {}", failure.toString());
        callback.failed(failure);
      }
    }

    /**
     * Whether the client closed its side (Jetty reports a body cut off by the close as a bad
     * message).
     */
    private boolean clientLeft() {
      return request.getConnectionMetaData().getConnection().getEndPoint().isInputShutdown();
    }

    private void expire() {
      if (finish()) {
        timedOut();
      }
    }

    private void timedOut() {
      refuse(
          request,
          response,
          callback,
          408,
          ErrorCodes.REQUEST_TIMEOUT,
          "the request body did not arrive within " + bodyTimeoutMs / 1000 + " s");
    }
  }

  /** The request as the handlers see it: its body already in memory, served from there. */
  private static final class Received extends Request.Wrapper {
    private Content.Chunk content;

    Received(Request request, Content.Chunk content) {
      super(request);
      this.content = content;
    }

    @Override
    public synchronized Content.Chunk read() {
      Content.Chunk next = content;
      content = Content.Chunk.EOF;
      return next;
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }
  }
}
