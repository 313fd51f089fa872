package app.wingspan.server;

import static app.wingspan.server.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the database gone, requests fail fast with 503 and readiness goes red; both recover by
 * themselves.
 */
class DatabaseOutageTest {

  @Test
  void serverAnswers503WhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
    Path dir = TempDirs.create("wingspan-outage-pg");
    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir, 0, false);
    int port = postgres.port();
    WingspanServer server =
        WingspanServer.start(
            TestApp.config(
                Map.of(
                    "WINGSPAN_DATABASE_URL",
                    postgres.jdbcUrl(),
                    "WINGSPAN_DATABASE_USER",
                    "postgres",
                    "WINGSPAN_PORT",
                    "0",
                    "WINGSPAN_LOG_LEVEL",
                    "ERROR")));
    TestApp app = new TestApp(server);
    try {
      TestApp.Party client = app.client();
      String id = app.createInvoice(client, app.member());

      postgres.close();

      TestApp.Response down = app.get("/payments/client/invoice/" + id, client.token());
      assertProblem(down, 503, "SERVICE_UNAVAILABLE", null);
      assertThat(down.header("Retry-After")).isEqualTo("2");
      TestApp.Response notReady = app.get("/health/ready", null);
      assertThat(notReady.status()).isEqualTo(503);
      assertThat(app.get("/health/live", null).status()).isEqualTo(200);

      postgres = EmbeddedPostgresServer.start(dir, port, false);

      TestApp.Response ready = app.get("/health/ready", null);
      for (int attempt = 0; attempt < 60 && ready.status() != 200; attempt++) {
        Thread.sleep(500);
        ready = app.get("/health/ready", null);
      }
      assertThat(ready.status()).isEqualTo(200);
      TestApp.Response back = app.get("/payments/client/invoice/" + id, client.token());
      assertThat(back.status()).isEqualTo(200);
      assertThat(back.json().path("invoiceId").asText()).isEqualTo(id);
    } finally {
      server.close();
      postgres.close();
      TempDirs.delete(dir);
    }
  }
}
