package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secret header values are redacted by name in the debug log, in listener events and in exception
 * messages, whichever way they were set: builder, per call, or named by the user.
 */
class HeaderRedactionTest {

  private static final String SECRET = "s3cr3t-value-4711";

  private RecordingServer server;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> secretHeaders() {
    return Stream.of(
        Arguments.of("Cookie"),
        Arguments.of("X-Api-Key"),
        Arguments.of("x-api-key"),
        Arguments.of("X-Auth-Token"),
        Arguments.of("X-Client-Secret"),
        Arguments.of("X-Request-Signature"),
        Arguments.of("X-Named-By-The-User"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secretHeaders")
  void aSecretHeaderShowsNowhere(String name) {
    server.enqueue(
        problem(500, "BOOM", "later"),
        // A server that echoes the credential in its error text.
        problem(403, "FORBIDDEN", "key " + SECRET + " may not read this"));
    List<String> seen = new CopyOnWriteArrayList<>();
    WingspanListener listener =
        new WingspanListener() {
          @Override
          public void requestSent(Attempt attempt) {
            seen.add(attempt.headers().map().toString());
          }

          @Override
          public void retryScheduled(Attempt attempt, String reason, Duration delay) {
            seen.add(attempt.headers().map().toString() + reason);
          }

          @Override
          public void callFailed(String call, WingspanException error) {
            seen.add(error.getMessage());
          }
        };
    Wingspan sdk =
        Fixtures.client(server).listener(listener).redactHeader("X-Named-By-The-User").build();

    List<String> log = new CopyOnWriteArrayList<>();
    Throwable thrown =
        withDebugLog(
            log,
            () ->
                catchThrowable(
                    () ->
                        sdk.clientInvoice()
                            .get("inv-1", RequestOptions.builder().header(name, SECRET).build())));

    assertThat(server.requests().get(0).header(name)).as("sent as given").isEqualTo(SECRET);
    assertThat(thrown).isInstanceOf(ForbiddenException.class);
    assertThat(thrown.getMessage()).doesNotContain(SECRET).contains("key <redacted> may not");
    assertThat(seen).isNotEmpty().noneMatch(text -> text.contains(SECRET));
    assertThat(seen.get(0)).containsIgnoringCase(name + "=[<redacted>]");
    assertThat(log).isNotEmpty().noneMatch(text -> text.contains(SECRET));
    assertThat(String.join("\n", log)).containsIgnoringCase(name + "=[<redacted>]");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("names")
  void headersAreSecretByName(String name, boolean secret) {
    assertThat(new HeaderRedaction(java.util.Set.of("X-Mine")).redacts(name)).isEqualTo(secret);
  }

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("Authorization", true),
        Arguments.of("proxy-authorization", true),
        Arguments.of("Cookie", true),
        Arguments.of("Set-Cookie", true),
        Arguments.of("X-API-KEY", true),
        Arguments.of("Idempotency-Key", true),
        Arguments.of("X-Refresh-Token", true),
        Arguments.of("X-Webhook-Signature", true),
        Arguments.of("Client-Secret", true),
        Arguments.of("x-mine", true),
        Arguments.of("Accept", false),
        Arguments.of("If-Match", false),
        Arguments.of("X-Request-Id", false),
        Arguments.of("User-Agent", false));
  }

  @Test
  void aClientWideSecretHeaderAndASetCookieAnswerAreRedactedForListeners() {
    server.enqueue(json(200, INVOICE_JSON).header("Set-Cookie", "session=" + SECRET));
    List<HttpHeaders> sent = new CopyOnWriteArrayList<>();
    List<HttpHeaders> received = new CopyOnWriteArrayList<>();
    Wingspan sdk =
        Fixtures.client(server)
            .header("X-Api-Key", SECRET)
            .listener(
                new WingspanListener() {
                  @Override
                  public void requestSent(Attempt attempt) {
                    sent.add(attempt.headers());
                  }

                  @Override
                  public void responseReceived(
                      Attempt attempt, int statusCode, HttpHeaders headers, Duration elapsed) {
                    received.add(headers);
                  }
                })
            .build();

    GetClientInvoiceResponse got = sdk.clientInvoice().get("inv-1");

    assertThat(sent.get(0).firstValue("X-Api-Key")).hasValue("<redacted>");
    assertThat(sent.get(0).firstValue("Authorization")).hasValue("Bearer <redacted>");
    assertThat(sent.get(0).firstValue("Accept")).hasValue("application/json");
    assertThat(received.get(0).firstValue("Set-Cookie")).hasValue("<redacted>");
    assertThat(received.get(0).firstValue("Content-Type")).hasValue("application/json");
    assertThat(got.rawResponse().headers().firstValue("Set-Cookie"))
        .as("the caller's own response keeps its headers")
        .hasValue("session=" + SECRET);
  }

  private static Throwable withDebugLog(
      List<String> lines, java.util.function.Supplier<Throwable> body) {
    Logger logger = Logger.getLogger("app.wingspan.sdk");
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level level = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(handler);
    try {
      return body.get();
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }
  }
}
