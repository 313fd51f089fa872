package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Connections that send headers and then stall their body (or trickle it) must not starve the
 * server: bodies are received without a handler thread, within a deadline, and one credential may
 * only have a few arriving at once. Loopback only; every connection is closed by the test or
 * answered by the server within the deadline.
 */
class SlowBodyTest {
  private static final int STALLED = 1000;
  private static final String COLLECTION = "/payments/client/invoice";
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(Map.of());
  }

  @AfterAll
  static void stop() {
    app.server.close();
  }

  private static String stalledPatch(String credential) {
    return "PATCH "
        + COLLECTION
        + "/x HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + credential
        + "\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\nX-Request-Id: stalled\r\n\r\n{";
  }

  @Test
  @Timeout(60)
  void aThousandStalledBodiesLeaveHealthAndTheApiAnsweringAndAreCutAtTheDeadline()
      throws Exception {
    TestApp.Party member = app.member();
    TestApp.Party client = app.client();
    String invoiceId = app.createInvoice(client, member);
    List<RawHttp> stalled = new ArrayList<>();
    try {
      // Valid tokens (a server that authenticates first and then reads the body on a pool thread
      // holds a thread for
      // each), spread so that each credential's allowance admits its share: all thousand are held
      // open.
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < (STALLED + 15) / 16; i++) {
        tokens.add(app.client().token());
      }
      long opened = System.nanoTime();
      for (int i = 0; i < STALLED; i++) {
        stalled.add(
            new RawHttp(app.server.port(), 20_000)
                .send(stalledPatch(tokens.get(i % tokens.size()))));
      }

      for (int round = 0; round < 3 && System.nanoTime() - opened < 6_000_000_000L; round++) {
        assertThat(timed(() -> app.get("/health/live", null).status())).isEqualTo(200);
        assertThat(timed(() -> app.get(COLLECTION + "/" + invoiceId, client.token()).status()))
            .isEqualTo(200);
        assertThat(
                timed(
                    () ->
                        app.send("PATCH", COLLECTION + "/" + invoiceId, client.token(), "{}")
                            .status()))
            .isEqualTo(200);
        // A trickle (a byte now and then) keeps the idle timeout at bay but not the deadline.
        for (int i = 0; i < 5; i++) {
          stalled.get(stalled.size() - 1 - i).send(" ");
        }
        Thread.sleep(1000);
      }

      // Everything is answered once the deadline passes (reads wait for it): 408 in the error
      // shape, then closed.
      for (RawHttp connection : stalled) {
        RawHttp.Reply reply = connection.read(false);
        HardeningTest.assertRawProblem(reply, 408, "REQUEST_TIMEOUT", "stalled");
        assertThat(reply.header("Connection")).isEqualTo("close");
      }
      WireContracts.assertDeclared("PATCH", COLLECTION + "/{id}", 408, "REQUEST_TIMEOUT");
      assertThat(stalled.get(0).closedByServer()).isTrue();
    } finally {
      stalled.forEach(RawHttp::close);
    }
  }

  @Test
  @Timeout(30)
  void oneCredentialMayHaveOnlyAFewBodiesArrivingAtOnce() throws Exception {
    TestApp.Party client = app.client();
    List<RawHttp> connections = new ArrayList<>();
    try {
      int allowed = 64; // RequestGate.MAX_PENDING_PER_CREDENTIAL
      for (int i = 0; i < allowed + 24; i++) {
        connections.add(new RawHttp(app.server.port(), 5_000).send(stalledPatch(client.token())));
      }
      // Which ones are admitted depends on the order the server takes them in; the others are
      // answered at once.
      Thread.sleep(1000);
      int refused = 0;
      for (RawHttp connection : connections) {
        if (!connection.answered()) {
          continue;
        }
        RawHttp.Reply reply = connection.read(false);
        HardeningTest.assertRawProblem(reply, 429, "TOO_MANY_REQUESTS", "stalled");
        assertThat(reply.header("Retry-After")).isEqualTo("1");
        refused++;
      }
      assertThat(refused).isEqualTo(24);
      WireContracts.assertDeclared("PATCH", COLLECTION + "/{id}", 429, "TOO_MANY_REQUESTS");
      assertThat(app.get("/metrics", null).body())
          .contains("http_server_gate_refused_total{status=\"429\"} 24.0")
          .contains("http_server_bodies_arriving " + allowed + ".0");
      // Another caller is not affected.
      assertThat(
              app.send(
                      "POST",
                      COLLECTION,
                      app.client().token(),
                      TestApp.createBody(app.member().id()))
                  .status())
          .isEqualTo(200);
    } finally {
      connections.forEach(RawHttp::close);
    }
    // Once its connections are gone the credential's allowance is whole again.
    long deadline = System.nanoTime() + 5_000_000_000L;
    int status;
    do {
      status = app.send("PATCH", COLLECTION + "/x", client.token(), "{}").status();
    } while (status == 429 && System.nanoTime() < deadline);
    assertThat(status).isEqualTo(404);
  }

  /** Runs a request that must answer promptly (well under the stall deadline). */
  private static int timed(java.util.concurrent.Callable<Integer> request) throws Exception {
    long start = System.nanoTime();
    int status = request.call();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    return status;
  }
}
