package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.WebhookVerificationException;
import app.wingspan.sdk.Webhooks;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.DeliveryRow;
import app.wingspan.server.store.DeliveryStore;
import app.wingspan.server.store.OpenDatabase;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.WebhookRow;
import app.wingspan.server.webhook.DeliveryClient;
import app.wingspan.server.webhook.EndpointPolicy;
import app.wingspan.server.webhook.RetrySchedule;
import app.wingspan.server.webhook.WebhookDeliveries;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries end to end: real servers on a database of their own, real receivers (the JDK's
 * HTTP server) on loopback, signatures checked by the SDK's verifier on the bytes received, the
 * server's clock moved as the test kit moves it. Every wait is bounded.
 */
class WebhookDeliveryTest {
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

  private String url;
  private final List<WingspanServer> servers = new ArrayList<>();
  private final List<WebhookReceiver> receivers = new ArrayList<>();

  @BeforeEach
  void freshDatabase() throws Exception {
    url = freshDatabaseUrl("hooks");
  }

  @AfterEach
  void stop() {
    servers.forEach(WingspanServer::close);
    receivers.forEach(WebhookReceiver::close);
  }

  @Test
  void everyEventKindIsDeliveredOnceToClientAndMemberSignedWithTheInvoiceAsAGetAnswers()
      throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(clock, true);
    TestApp.Party client = app.client();
    TestApp.Party member = app.member();
    WebhookReceiver receiver = receiver(clock);
    subscribe(app, client, receiver.url("/client"), CLIENT_SECRET, ALL_EVENTS);
    subscribe(app, member, receiver.url("/member"), MEMBER_SECRET, ALL_EVENTS);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    // Sent, Opened (the payer views the page), PaymentInTransit, then Paid once the debit settles.
    String banked = app.sentInvoice(client, member, today.plusDays(30).toString());
    String link = invoice(app, client, banked).path("attachments").path("invoiceLink").asText();
    assertThat(
            TestApp.HTTP
                .send(
                    HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(200);
    assertThat(app.pay(client, banked, "{\"accountId\":\"ba_test_success\"}").status())
        .isEqualTo(200);
    app.await(client, banked, json -> json.path("status").asText().equals("Paid"));
    // Sent, PaymentFailed (a declined card), Cancelled.
    String declined = app.sentInvoice(client, member, today.plusDays(30).toString());
    assertThat(
            app.pay(client, declined, "{\"paymentMethodId\":\"pm_card_chargeDeclined\"}").status())
        .isEqualTo(402);
    assertThat(
            app.send(
                    "PATCH",
                    "/payments/client/invoice/" + declined,
                    client.token(),
                    "{\"status\":\"Cancelled\"}")
                .status())
        .isEqualTo(200);
    // Sent, then Overdue once the server's clock passes its due date.
    String late = app.sentInvoice(client, member, today.plusDays(1).toString());
    clock.advance(Duration.ofDays(2));
    assertThat(app.server.recordOverdueInvoices()).isEqualTo(1);

    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put(
        banked,
        List.of("Invoice.Sent", "Invoice.Opened", "Invoice.PaymentInTransit", "Invoice.Paid"));
    expected.put(declined, List.of("Invoice.Sent", "Invoice.PaymentFailed", "Invoice.Cancelled"));
    expected.put(late, List.of("Invoice.Sent", "Invoice.Overdue"));
    int total = expected.values().stream().mapToInt(List::size).sum() * 2;
    receiver.await(r -> true, total, WAIT);
    Thread.sleep(QUIET.toMillis());
    assertThat(receiver.received).hasSize(total);

    for (String path : List.of("/client", "/member")) {
      String secret = path.equals("/client") ? CLIENT_SECRET : MEMBER_SECRET;
      Map<String, List<String>> seen = new LinkedHashMap<>();
      Map<String, WebhookEvent> last = new HashMap<>();
      Map<String, byte[]> lastBody = new HashMap<>();
      for (WebhookReceiver.Received r : receiver.matching(x -> x.path().equals(path))) {
        WebhookEvent event =
            Webhooks.constructEvent(
                r.body(), r.webhookHeaders(), secret, Webhooks.DEFAULT_TOLERANCE, r.clock());
        assertThat(event.eventId()).isEqualTo(r.id());
        assertThat(event.entityName()).hasValue("Invoice");
        String invoiceId = event.objectId().orElseThrow();
        assertThat(event.invoice().orElseThrow().invoiceId()).isEqualTo(invoiceId);
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(r.headers().get("user-agent")).isEqualTo("Wingspan-Webhooks/1");
        seen.computeIfAbsent(invoiceId, k -> new ArrayList<>()).add(event.eventName());
        WebhookEvent before = last.get(invoiceId);
        if (before == null
            || event.objectVersion().getAsLong() >= before.objectVersion().getAsLong()) {
          last.put(invoiceId, event);
          lastBody.put(invoiceId, r.body());
        }
      }
      for (Map.Entry<String, List<String>> invoice : expected.entrySet()) {
        assertThat(seen.get(invoice.getKey()))
            .as("%s heard of %s", path, invoice.getKey())
            .containsExactlyInAnyOrderElementsOf(invoice.getValue());
        // The latest event carries the invoice exactly as the client's GET answers it now, and
        // its version.
        TestApp.Response get =
            app.get("/payments/client/invoice/" + invoice.getKey(), client.token());
        byte[] body = lastBody.get(invoice.getKey());
        String text = new String(body, StandardCharsets.UTF_8);
        String data = text.substring(text.indexOf("\"data\":") + 7, text.length() - 1);
        assertThat(data).isEqualTo(get.body());
        assertThat(last.get(invoice.getKey()).objectVersion().getAsLong())
            .isEqualTo(
                app.store().findInvoice(invoice.getKey(), client.id()).orElseThrow().version());
      }
      // Each event once per endpoint: distinct ids.
      assertThat(
              receiver.matching(x -> x.path().equals(path)).stream()
                  .map(WebhookReceiver.Received::id)
                  .distinct())
          .hasSize(total / 2);
    }
  }

  @Test
  void aReceiverAnswering500IsSentTheSameIdAndBytesAgainAtTheRetryTimeThenNoMore()
      throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(clock, true, "INFO");
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    root.addAppender(logged);
    try {
      retriedOnce(app, clock);
    } finally {
      root.detachAppender(logged);
    }
    // The retry was logged (at INFO), naming the endpoint's host; never the secret or the path.
    List<ch.qos.logback.classic.spi.ILoggingEvent> events;
    synchronized (logged) {
      events = List.copyOf(logged.list);
    }
    List<String> lines =
        events.stream()
            .map(
                e ->
                    e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()))
            .toList();
    assertThat(lines).anyMatch(line -> line.contains("not delivered (attempt 1): HTTP 500"));
    assertThat(lines).noneMatch(line -> line.contains(CLIENT_SECRET) || line.contains("/hook"));
  }

  private void retriedOnce(TestApp app, EmbeddingTest.MovableClock clock) throws Exception {
    TestApp.Party client = app.client();
    WebhookReceiver receiver = receiver().thenAnswer(500);
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    String id = app.sentInvoice(client, app.member());

    WebhookReceiver.Received first = receiver.await(r -> true, 1, WAIT).get(0);
    DeliveryRow pending = awaitDelivery(app, preference, d -> d.attempts() == 1);
    assertThat(pending.state()).isEqualTo("pending");
    assertThat(pending.lastStatusCode()).isEqualTo(500);
    assertThat(pending.lastError()).isEqualTo("HTTP 500");
    // 30 s after the attempt, less up to 20% jitter, by the server's clock.
    assertThat(pending.nextAttemptAt())
        .isBetween(
            pending.lastAttemptAt().plusSeconds(24), pending.lastAttemptAt().plusSeconds(30));
    Thread.sleep(QUIET.toMillis());
    assertThat(receiver.received).hasSize(1); // not before its time

    clock.advance(Duration.ofSeconds(31));
    WebhookReceiver.Received second = receiver.await(r -> true, 2, WAIT).get(1);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.body()).isEqualTo(first.body());
    for (WebhookReceiver.Received r : List.of(first, second)) {
      assertThat(
              Webhooks.constructEvent(
                      r.body(),
                      r.webhookHeaders(),
                      CLIENT_SECRET,
                      Webhooks.DEFAULT_TOLERANCE,
                      clock)
                  .objectId())
          .hasValue(id);
    }
    DeliveryRow delivered = awaitDelivery(app, preference, d -> d.state().equals("delivered"));
    assertThat(delivered.attempts()).isEqualTo(2);
    assertThat(delivered.lastStatusCode()).isEqualTo(204);
    assertThat(delivered.lastError()).isNull();
    clock.advance(Duration.ofHours(1));
    Thread.sleep(QUIET.toMillis());
    assertThat(receiver.received).hasSize(2);
  }

  @Test
  void aDeliveryWhoseReceiverIsDownAcrossAGracefulRestartIsDeliveredAfter() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(clock, true);
    TestApp.Party client = app.client();
    WebhookReceiver receiver = receiver();
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    receiver.down();
    app.sentInvoice(client, app.member());
    DeliveryRow failed = awaitDelivery(app, preference, d -> d.attempts() == 1);
    assertThat(failed.lastStatusCode()).isNull();
    assertThat(failed.lastError()).startsWith("connection failed");

    app.server.close();
    servers.remove(app.server);
    receiver.up();
    TestApp again = server(clock, true);
    clock.advance(Duration.ofSeconds(31));
    receiver.await(r -> true, 1, WAIT);
    DeliveryRow delivered = awaitDelivery(again, preference, d -> d.state().equals("delivered"));
    assertThat(delivered.attempts()).isEqualTo(2);
    assertThat(delivered.eventId()).isEqualTo(receiver.received.get(0).id());
  }

  @Test
  void twoServersOnOneDatabaseDeliverEachEventExactlyOnce() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp one = server(clock, true);
    TestApp two = server(clock, true);
    TestApp.Party client = one.client();
    TestApp.Party member = one.member();
    WebhookReceiver receiver = receiver();
    subscribe(one, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    int invoices = 20;
    for (int i = 0; i < invoices; i++) {
      (i % 2 == 0 ? one : two).sentInvoice(client, member);
    }
    receiver.await(r -> true, invoices, WAIT);
    Thread.sleep(QUIET.toMillis());
    assertThat(receiver.received).hasSize(invoices);
    assertThat(receiver.received.stream().map(WebhookReceiver.Received::id).distinct())
        .hasSize(invoices);
  }

  @Test
  void aRedirectIsNotFollowedAndCountsAsAFailedAttempt() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(clock, true);
    TestApp.Party client = app.client();
    WebhookReceiver elsewhere = receiver();
    WebhookReceiver redirecting =
        receiver().thenAnswer(302).withHeaders(Map.of("Location", elsewhere.url("/stolen")));
    String preference =
        subscribe(app, client, redirecting.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    app.sentInvoice(client, app.member());

    DeliveryRow attempt = awaitDelivery(app, preference, d -> d.attempts() == 1);
    assertThat(attempt.state()).isEqualTo("pending");
    assertThat(attempt.lastStatusCode()).isEqualTo(302);
    assertThat(attempt.lastError()).contains("redirects are not followed");
    Thread.sleep(QUIET.toMillis());
    assertThat(elsewhere.received).isEmpty();
  }

  /** Endpoints stored before a stricter policy (or by SQL): the delivery path refuses them. */
  @Test
  void endpointsTheRulesRefuseAreNeverConnectedToAndFailAtOnce() throws Exception {
    TestApp app = server(new EmbeddingTest.MovableClock(), false); // loopback not allowed
    TestApp.Party client = app.client();
    WebhookReceiver receiver = receiver();
    Map<String, String> refusals = new LinkedHashMap<>();
    String port = receiver.url("").split(":")[2];
    refusals.put(receiver.url("/loopback"), "a webhook URL must use https");
    refusals.put("https://127.0.0.1:" + port + "/loopback", "a loopback address");
    refusals.put("https://localhost:" + port + "/name", "localhost: it is this host");
    refusals.put("https://10.20.30.40/private", "a private-network address");
    refusals.put("https://169.254.169.254/latest/meta-data", "a cloud metadata address");
    refusals.put("https://[::ffff:192.168.1.1]/mapped", "a private-network address");
    Map<String, String> preferenceOf = new LinkedHashMap<>();
    for (String endpoint : refusals.keySet()) {
      preferenceOf.put(endpoint, storeEndpoint(app, client, endpoint, List.of("Invoice.Sent")));
    }
    app.sentInvoice(client, app.member());

    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      DeliveryRow failed =
          awaitDelivery(app, preferenceOf.get(refusal.getKey()), d -> d.state().equals("failed"));
      assertThat(failed.lastStatusCode()).as(refusal.getKey()).isNull();
      assertThat(failed.lastError()).as(refusal.getKey()).contains(refusal.getValue());
      assertThat(failed.lastError()).as("no path in %s", failed.lastError()).doesNotContain("/");
    }
    Thread.sleep(QUIET.toMillis());
    assertThat(receiver.received).isEmpty();
  }

  /**
   * The delivery path connects only to addresses its policy checked at the moment of connecting: a
   * host whose DNS answer was public when looked at earlier, then changes to a refused address, is
   * refused, the receiver listening there is never reached, and the delivery fails at once.
   */
  @Test
  void aHostWhoseDnsAnswerChangesToARefusedAddressIsNeverConnectedTo() throws Exception {
    WebhookReceiver receiver = receiver();
    String port = receiver.url("").split(":")[2];
    Map<String, List<String>> cases = new LinkedHashMap<>();
    cases.put("loopback", List.of("127.0.0.1"));
    cases.put("ipv4-mapped loopback", List.of("::ffff:127.0.0.1"));
    cases.put("private", List.of("10.0.0.1"));
    cases.put("metadata", List.of("169.254.169.254"));
    cases.put("one refused among public", List.of("93.184.216.34", "127.0.0.1"));
    try (OpenDatabase database = OpenDatabase.open(url, "postgres", null, null, false, 4, null)) {
      Store store = new Store(database.database());
      Account account =
          store.createAccount(
              AccountKind.CLIENT, "Dee Ness", "Dee Co", "dee@example.test", null, null);
      for (Map.Entry<String, List<String>> c : cases.entrySet()) {
        String host = "hooks.example.test";
        java.util.concurrent.atomic.AtomicInteger lookups =
            new java.util.concurrent.atomic.AtomicInteger();
        EndpointPolicy policy =
            new EndpointPolicy(
                false,
                false,
                name -> {
                  List<String> answer =
                      lookups.getAndIncrement() == 0 ? List.of("93.184.216.34") : c.getValue();
                  List<java.net.InetAddress> addresses = new ArrayList<>();
                  for (String a : answer) {
                    addresses.add(java.net.InetAddress.getByName(a));
                  }
                  return addresses;
                });
        assertThat(policy.addressesFor(host)).hasSize(1); // the first answer passes the check
        String preference = Store.newId();
        Instant now = Instant.now();
        store.inTransaction(
            tx ->
                store
                    .webhooks()
                    .insertWithin(
                        tx,
                        new WebhookRow(
                            preference,
                            account.id(),
                            "https://" + host + ":" + port + "/hook",
                            CLIENT_SECRET,
                            null,
                            null,
                            List.of("Invoice.Sent"),
                            now,
                            now,
                            null,
                            null),
                        20));
        DeliveryRow row =
            DeliveryRow.scheduled(
                java.util.UUID.randomUUID().toString(),
                preference,
                account.id(),
                "Invoice.Sent",
                "inv-dns",
                2,
                "{}".getBytes(StandardCharsets.UTF_8),
                now);
        store.inTransaction(tx -> store.deliveries().insert(tx, row));
        try (DeliveryClient client = new DeliveryClient(policy, DeliveryClient.Settings.DEFAULT)) {
          WebhookDeliveries deliveries =
              new WebhookDeliveries(
                  store, client, RetrySchedule.DEFAULT, java.time.Clock.systemUTC());
          assertThat(deliveries.kind().handler().run(row.id(), "").isDone())
              .as(c.getKey())
              .isTrue();
        }
        DeliveryRow after = store.deliveries().find(row.id()).orElseThrow();
        assertThat(after.state()).as(c.getKey()).isEqualTo("failed");
        assertThat(after.lastError()).as(c.getKey()).startsWith("webhooks are not delivered to");
        assertThat(lookups.get()).as(c.getKey()).isGreaterThanOrEqualTo(2);
      }
    }
    assertThat(receiver.received).isEmpty();
  }

  @Test
  void whileASecretRotatesBothSignaturesVerifyAndAfterTheWindowOnlyTheNewOne() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(clock, true);
    TestApp.Party client = app.client();
    TestApp.Party member = app.member();
    WebhookReceiver receiver = receiver();
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    String rotated = "rotated-endpoint-secret-9876543210";
    assertThat(
            app.send(
                    "PATCH",
                    "/integrations/webhooks/preference/" + preference,
                    client.token(),
                    "{\"sharedSecret\":\"" + rotated + "\"}")
                .status())
        .isEqualTo(200);

    app.sentInvoice(client, member);
    WebhookReceiver.Received during = receiver.await(r -> true, 1, WAIT).get(0);
    assertThat(during.headers().get("webhook-signature").split(" ")).hasSize(2);
    for (String secret : List.of(CLIENT_SECRET, rotated)) {
      assertThat(
              Webhooks.constructEvent(
                      during.body(),
                      during.webhookHeaders(),
                      secret,
                      Webhooks.DEFAULT_TOLERANCE,
                      clock)
                  .eventName())
          .isEqualTo("Invoice.Sent");
    }
    assertThat(
            catchThrowableOfType(
                WebhookVerificationException.class,
                () ->
                    Webhooks.constructEvent(
                        during.body(),
                        during.webhookHeaders(),
                        "some-other-secret-0123456789",
                        Webhooks.DEFAULT_TOLERANCE,
                        clock)))
        .isNotNull();

    clock.advance(Duration.ofHours(25));
    app.sentInvoice(client, member, LocalDate.now(clock).plusDays(30).toString());
    WebhookReceiver.Received after = receiver.await(r -> true, 2, WAIT).get(1);
    assertThat(after.headers().get("webhook-signature").split(" ")).hasSize(1);
    assertThat(
            Webhooks.constructEvent(
                    after.body(),
                    after.webhookHeaders(),
                    rotated,
                    Webhooks.DEFAULT_TOLERANCE,
                    clock)
                .eventName())
        .isEqualTo("Invoice.Sent");
    assertThat(
            catchThrowableOfType(
                WebhookVerificationException.class,
                () ->
                    Webhooks.constructEvent(
                        after.body(),
                        after.webhookHeaders(),
                        CLIENT_SECRET,
                        Webhooks.DEFAULT_TOLERANCE,
                        clock)))
        .isNotNull();
  }

  @Test
  void anEndpointFailingForFiveDaysIsDisabledSaysSoAndIsSentNothingUntilEnabled() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(clock, true);
    TestApp.Party client = app.client();
    TestApp.Party member = app.member();
    WebhookReceiver receiver = receiver();
    Integer[] failures = new Integer[100];
    Arrays.fill(failures, 503);
    receiver.thenAnswer(failures);
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    app.sentInvoice(client, member);
    awaitDelivery(app, preference, d -> d.attempts() == 1);
    assertThat(preferenceAnswer(app, client, preference).path("status").asText())
        .isEqualTo("Active");

    clock.advance(Duration.ofDays(4)); // past the 3-day window: the delivery fails; not 5 days yet
    DeliveryRow failed = awaitDelivery(app, preference, d -> d.state().equals("failed"));
    assertThat(failed.attempts()).isEqualTo(2);
    assertThat(preferenceAnswer(app, client, preference).path("status").asText())
        .isEqualTo("Active");

    clock.advance(Duration.ofDays(1).plusMinutes(1)); // 5 days failing: the next failure disables
    app.sentInvoice(client, member, LocalDate.now(clock).plusDays(30).toString());
    await(
        () -> preferenceAnswer(app, client, preference).path("status").asText().equals("Disabled"));
    JsonNode disabled = preferenceAnswer(app, client, preference);
    assertThat(disabled.path("disabledReason").asText())
        .startsWith("deliveries failed since")
        .contains("HTTP 503");
    int attempts = receiver.received.size();

    app.sentInvoice(client, member, LocalDate.now(clock).plusDays(30).toString());
    Thread.sleep(QUIET.toMillis());
    assertThat(receiver.received).hasSize(attempts);
    assertThat(deliveries(app, preference)).hasSize(2); // nothing scheduled while disabled

    assertThat(
            app.send(
                    "PATCH",
                    "/integrations/webhooks/preference/" + preference,
                    client.token(),
                    "{\"status\":\"Active\"}")
                .json()
                .path("status")
                .asText())
        .isEqualTo("Active");
    assertThat(app.store().deliveries().failingSince(preference)).isEmpty();
  }

  @Test
  void theAdminCommandListsDeliveriesWithoutSecretsAndReplaysOneWithTheSameIdAndBytes()
      throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(clock, true);
    TestApp.Party client = app.client();
    WebhookReceiver receiver = receiver();
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    String invoice = app.sentInvoice(client, app.member());
    WebhookReceiver.Received first = receiver.await(r -> true, 1, WAIT).get(0);
    DeliveryRow delivered = awaitDelivery(app, preference, d -> d.state().equals("delivered"));

    String listed = admin("webhook-deliveries", "list", "--invoice", invoice);
    JsonNode deliveries = ServerJson.mapper().readTree(listed).path("deliveries");
    assertThat(deliveries).hasSize(1);
    assertThat(deliveries.get(0).path("id").asText()).isEqualTo(delivered.id());
    assertThat(deliveries.get(0).path("eventId").asText()).isEqualTo(first.id());
    assertThat(deliveries.get(0).path("state").asText()).isEqualTo("delivered");
    assertThat(deliveries.get(0).path("attempts").asInt()).isEqualTo(1);
    assertThat(deliveries.get(0).path("lastStatusCode").asInt()).isEqualTo(204);
    assertThat(listed).doesNotContain(CLIENT_SECRET);
    assertThat(admin("webhook-deliveries", "list", "--account", client.id(), "--state", "failed"))
        .contains("\"deliveries\":[]");

    JsonNode replay =
        ServerJson.mapper()
            .readTree(
                admin(
                    "webhook-deliveries",
                    "replay",
                    "--delivery",
                    delivered.id(),
                    "--delivery",
                    "nope"));
    assertThat(replay.path("replayed").get(0).asText()).isEqualTo(delivered.id());
    assertThat(replay.path("notReplayed").get(0).path("reason").asText())
        .isEqualTo("no such delivery");
    WebhookReceiver.Received again = receiver.await(r -> true, 2, WAIT).get(1);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.body()).isEqualTo(first.body());
    DeliveryRow replayed =
        awaitDelivery(app, preference, d -> d.replays() == 1 && d.state().equals("delivered"));
    assertThat(replayed.attempts()).isEqualTo(1);

    // Finished deliveries are purged once old enough; a pending one never is.
    assertThat(app.store().deliveries().purgeFinishedBefore(replayed.deliveredAt())).isZero();
    assertThat(
            app.store()
                .deliveries()
                .purgeFinishedBefore(replayed.deliveredAt().plus(Duration.ofMillis(1))))
        .isEqualTo(1);
    assertThat(deliveries(app, preference)).isEmpty();
  }

  @Test
  void anAccountListsAndReplaysItsOwnEndpointsDeliveriesOverHttpAndNoOneElses() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(clock, true);
    TestApp.Party client = app.client();
    TestApp.Party stranger = app.client();
    WebhookReceiver receiver = receiver().thenAnswer(500);
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    String invoice = app.sentInvoice(client, app.member());
    awaitDelivery(app, preference, d -> d.attempts() == 1);
    String deliveries = "/integrations/webhooks/preference/" + preference + "/deliveries";

    TestApp.Response listed = app.get(deliveries, client.token());
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain(CLIENT_SECRET).doesNotContain("\"data\"");
    JsonNode pending = listed.json().get(0);
    assertThat(listed.json()).hasSize(1);
    assertThat(pending.path("state").asText()).isEqualTo("Pending");
    assertThat(pending.path("invoiceId").asText()).isEqualTo(invoice);
    assertThat(pending.path("eventName").asText()).isEqualTo("Invoice.Sent");
    assertThat(pending.path("attempts").asInt()).isEqualTo(1);
    assertThat(pending.path("lastStatusCode").asInt()).isEqualTo(500);
    assertThat(pending.path("lastError").asText()).isEqualTo("HTTP 500");
    assertThat(pending.path("nextAttemptAt").isTextual()).isTrue();
    String deliveryId = pending.path("webhookDeliveryId").asText();
    assertThat(app.get(deliveries + "?state=Delivered", client.token()).json()).isEmpty();
    assertThat(app.get(deliveries + "?state=Pending&limit=1", client.token()).json()).hasSize(1);

    // Refused: bad query values name the parameter; another account's endpoint and delivery are
    // 404.
    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put(deliveries + "?state=Lost", "state");
    refusals.put(deliveries + "?limit=0", "limit");
    refusals.put(deliveries + "?limit=101", "limit");
    refusals.put(deliveries + "?limit=ten", "limit");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      TestApp.Response refused = app.get(refusal.getKey(), client.token());
      assertThat(refused.status()).as(refusal.getKey()).isEqualTo(400);
      assertThat(refused.json().path("param").asText())
          .as(refusal.getKey())
          .isEqualTo(refusal.getValue());
    }
    assertThat(app.get(deliveries, stranger.token()).status()).isEqualTo(404);
    assertThat(
            app.send("POST", deliveries + "/" + deliveryId + "/replay", stranger.token(), null)
                .status())
        .isEqualTo(404);
    assertThat(app.send("POST", deliveries + "/nope/replay", client.token(), null).status())
        .isEqualTo(404);

    clock.advance(Duration.ofSeconds(31));
    awaitDelivery(app, preference, d -> d.state().equals("delivered"));
    TestApp.Response replayed =
        app.send("POST", deliveries + "/" + deliveryId + "/replay", client.token(), null);
    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.json().path("replays").asInt()).isEqualTo(1);
    assertThat(replayed.json().path("attempts").asInt()).isZero();
    WebhookReceiver.Received again = receiver.await(r -> true, 3, WAIT).get(2);
    assertThat(again.id()).isEqualTo(receiver.received.get(0).id());
    assertThat(again.body()).isEqualTo(receiver.received.get(0).body());
    awaitDelivery(app, preference, d -> d.replays() == 1 && d.state().equals("delivered"));
  }

  // ---- fixtures

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

  private TestApp server(EmbeddingTest.MovableClock clock, boolean allowLoopback) {
    return server(clock, allowLoopback, "WARN");
  }

  private TestApp server(EmbeddingTest.MovableClock clock, boolean allowLoopback, String logLevel) {
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

  private WebhookReceiver receiver() {
    return receiver(java.time.Clock.systemUTC());
  }

  private WebhookReceiver receiver(java.time.Clock clock) {
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
  private static String storeEndpoint(
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

  private static JsonNode invoice(TestApp app, TestApp.Party client, String id) {
    return app.get("/payments/client/invoice/" + id, client.token()).json();
  }

  private static JsonNode preferenceAnswer(TestApp app, TestApp.Party party, String id) {
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

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void await(Check check) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!check.holds()) {
      assertThat(System.nanoTime()).as("waited %s", WAIT).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private String admin(String... args) {
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
