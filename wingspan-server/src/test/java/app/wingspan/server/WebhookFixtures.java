package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.DeliveryRow;
import app.wingspan.server.store.DeliveryStore;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.WebhookRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the webhook delivery tests share: a database of their own per test (no other test's server
 * dispatches its events), servers on it with the server's clock the test moves, real receivers on
 * loopback, and look-ups of the deliveries recorded. Closing it stops every server and receiver.
 */
final class WebhookFixtures implements AutoCloseable {
  static final String CLIENT_SECRET = "client-endpoint-secret-0123456789";
  static final String MEMBER_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final List<String> ALL_EVENTS =
      List.of(
          "Invoice.Sent",
          "Invoice.Opened",
          "Invoice.PaymentInTransit",
          "Invoice.Paid",
          "Invoice.PaymentFailed",
          "Invoice.Cancelled",
          "Invoice.Overdue");

  /** How long a test looks for a delivery that must not come. */
  static final Duration QUIET = Duration.ofSeconds(3);

  static final Duration WAIT = Duration.ofSeconds(30);

  private final String url;
  private final List<WingspanServer> servers = new ArrayList<>();
  private final List<WebhookReceiver> receivers = new ArrayList<>();

  WebhookFixtures() throws Exception {
    url = freshDatabaseUrl("hooks");
  }

  /** The JDBC URL of this test's database. */
  String url() {
    return url;
  }

  /** Stops tracking a server the test closed itself. */
  void forget(WingspanServer server) {
    servers.remove(server);
  }

  @Override
  public void close() {
    servers.forEach(WingspanServer::close);
    receivers.forEach(WebhookReceiver::close);
  }

  static String freshDatabaseUrl(String prefix) throws Exception {
    String name = prefix + "_" + Long.toHexString(System.nanoTime());
    try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl());
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    return TestDatabase.jdbcUrl()
        .replaceFirst("/postgres\\?", "/" + name + "?")
        .replaceFirst("/postgres$", "/" + name);
  }

  TestApp server(EmbeddingTest.MovableClock clock, boolean allowLoopback) {
    return server(clock, allowLoopback, "WARN");
  }

  TestApp server(EmbeddingTest.MovableClock clock, boolean allowLoopback, String logLevel) {
    Map<String, String> env = new HashMap<>();
    env.put("WINGSPAN_DATABASE_URL", url);
    env.put("WINGSPAN_DATABASE_USER", "postgres");
    env.put("WINGSPAN_PORT", "0");
    env.put("WINGSPAN_LOG_LEVEL", logLevel);
    env.put("WINGSPAN_INVOICE_CACHE", "false"); // two servers may write the same invoices
    env.put("WINGSPAN_PAYMENT_PROCESSOR", "test");
    env.put("WINGSPAN_ACH_SETTLEMENT_DELAY", "300ms");
    env.put("WINGSPAN_WEBHOOKS_ALLOW_LOOPBACK", Boolean.toString(allowLoopback));
    WingspanServer server =
        WingspanServer.start(TestApp.config(env), Embedding.none().withClock(clock));
    servers.add(server);
    return new TestApp(server);
  }

  WebhookReceiver receiver() {
    return receiver(java.time.Clock.systemUTC());
  }

  WebhookReceiver receiver(java.time.Clock clock) {
    WebhookReceiver receiver = new WebhookReceiver(clock);
    receivers.add(receiver);
    return receiver;
  }

  /** Creates a preference through the API; returns its id. */
  static String subscribe(
      TestApp app, TestApp.Party party, String endpoint, String secret, List<String> events) {
    String body =
        "{\"url\":\""
            + endpoint
            + "\",\"sharedSecret\":\""
            + secret
            + "\",\"subscribedEvents\":["
            + events.stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(","))
            + "]}";
    TestApp.Response created =
        app.send("POST", "/integrations/webhooks/preference", party.token(), body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("webhookPreferenceId").asText();
  }

  /** Stores a preference as SQL would, past the API's checks. */
  static String storeEndpoint(
      TestApp app, TestApp.Party party, String endpoint, List<String> events) {
    String id = Store.newId();
    Instant now = Instant.now();
    app.store()
        .inTransaction(
            tx ->
                app.store()
                    .webhooks()
                    .insertWithin(
                        tx,
                        new WebhookRow(
                            id,
                            party.id(),
                            endpoint,
                            CLIENT_SECRET,
                            null,
                            null,
                            events,
                            now,
                            now,
                            null,
                            null),
                        20));
    return id;
  }

  static JsonNode invoice(TestApp app, TestApp.Party client, String id) {
    return app.get("/payments/client/invoice/" + id, client.token()).json();
  }

  static JsonNode preferenceAnswer(TestApp app, TestApp.Party party, String id) {
    return app.get("/integrations/webhooks/preference/" + id, party.token()).json();
  }

  static List<DeliveryRow> deliveries(TestApp app, String preference) {
    return app.store()
        .deliveries()
        .list(new DeliveryStore.Filter(null, preference, null, null), 100);
  }

  /** Waits until the endpoint's one delivery satisfies {@code done}; returns it. */
  static DeliveryRow awaitDelivery(
      TestApp app, String preference, java.util.function.Predicate<DeliveryRow> done)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      List<DeliveryRow> rows = deliveries(app, preference);
      Optional<DeliveryRow> match = rows.stream().filter(done).findFirst();
      if (match.isPresent()) {
        return match.get();
      }
      assertThat(System.nanoTime())
          .as("waited %s for a delivery, have %s", WAIT, rows)
          .isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  interface Check {
    boolean holds() throws Exception;
  }

  static void await(Check check) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!check.holds()) {
      assertThat(System.nanoTime()).as("waited %s", WAIT).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  String admin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(Map.of());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("admin"));
    all.addAll(List.of(args));
    all.addAll(List.of("--database-url", url, "--database-user", "postgres"));
    int code = cl.execute(all.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }
}
