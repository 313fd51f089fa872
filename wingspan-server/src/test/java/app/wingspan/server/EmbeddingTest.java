package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What a program running the server in its own JVM may hand it: a clock, handlers in front of the
 * API.
 */
class EmbeddingTest {
  private static final MovableClock CLOCK = new MovableClock();
  private static final WingspanServer SERVER =
      WingspanServer.start(
          TestApp.config(
              Map.of(
                  "WINGSPAN_DATABASE_URL",
                  TestDatabase.jdbcUrl(),
                  "WINGSPAN_DATABASE_USER",
                  "postgres",
                  "WINGSPAN_PORT",
                  "0",
                  "WINGSPAN_LOG_LEVEL",
                  "WARN",
                  "WINGSPAN_INVOICE_CACHE",
                  "true")),
          Embedding.none().withClock(CLOCK).withHandler(new Teapot()));
  private static final TestApp APP = new TestApp(SERVER);

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  @Test
  void theEmbeddingsClockDecidesWhatTodayIs() {
    TestApp.Party client = APP.client();
    String due = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC).plusDays(3).toString();
    String id =
        APP.send(
                "POST",
                "/payments/client/invoice",
                client.token(),
                TestApp.createBody(APP.member().id(), due))
            .json()
            .path("invoiceId")
            .asText();
    String path = "/payments/client/invoice/" + id;
    assertThat(APP.send("PATCH", path, client.token(), "{\"status\":\"Open\"}").status())
        .isEqualTo(200);
    assertThat(APP.get(path, client.token()).json().path("status").asText()).isEqualTo("Open");

    CLOCK.advance(Duration.ofDays(4));

    assertThat(APP.get(path, client.token()).json().path("status").asText()).isEqualTo("Overdue");
  }

  @Test
  void anEmbeddingsHandlerSeesRequestsBeforeTheApiAndMayAnswerThem() throws Exception {
    HttpResponse<String> teapot =
        TestApp.HTTP.send(
            HttpRequest.newBuilder(URI.create(APP.base() + "/payments/client/invoice/teapot"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(teapot.statusCode()).isEqualTo(418);
    assertThat(teapot.body()).isEqualTo("short and stout");

    assertThat(APP.get("/payments/client/invoice/other", null).status()).isEqualTo(401);
  }

  @Test
  void forgettingCachedStateMakesChangesBehindTheServersBackVisible() throws Exception {
    TestApp.Party client = APP.client();
    String path = "/payments/client/invoice/" + APP.createInvoice(client, APP.member());
    assertThat(APP.get(path, client.token()).status()).isEqualTo(200);
    sql(
        "delete from invoice_history where invoice_id = '"
            + path.substring(path.lastIndexOf('/') + 1)
            + "'");
    sql("delete from invoices where client_id = '" + client.id() + "'");
    // Still served from memory.
    assertThat(APP.get(path, client.token()).status()).isEqualTo(200);

    SERVER.forgetCachedState();

    assertThat(APP.get(path, client.token()).status()).isEqualTo(404);
    sql("delete from api_tokens where account_id = '" + client.id() + "'");
    assertThat(APP.get(path, client.token()).status()).isEqualTo(404);

    SERVER.forgetCachedState();

    assertThat(APP.get(path, client.token()).status()).isEqualTo(401);
  }

  private static void sql(String statement) throws Exception {
    try (Connection connection =
            DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", null);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  /** Answers 418 to one path, passes everything else on. */
  static final class Teapot extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (!Request.getPathInContext(request).endsWith("/teapot")) {
        return super.handle(request, response, callback);
      }
      response.setStatus(418);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain");
      Content.Sink.write(response, true, "short and stout", callback);
      return true;
    }
  }

  /** A clock tests move forward. */
  static final class MovableClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    void advance(Duration by) {
      offset.updateAndGet(current -> current.plus(by));
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
