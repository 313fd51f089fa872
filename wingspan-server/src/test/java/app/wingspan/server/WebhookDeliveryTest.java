package app.wingspan.server;

import static app.wingspan.server.WebhookFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.WebhookVerificationException;
import app.wingspan.sdk.Webhooks;
import app.wingspan.server.store.DeliveryRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries end to end: real servers on a database of their own, real receivers (the JDK's
 * HTTP server) on loopback, signatures checked by the SDK's verifier on the bytes received, the
 * server's clock moved as the test kit moves it. Every wait is bounded.
 */
class WebhookDeliveryTest {
  private WebhookFixtures hooks;

  @BeforeEach
  void freshDatabase() throws Exception {
    hooks = new WebhookFixtures();
  }

  @AfterEach
  void stop() {
    hooks.close();
  }

  @Test
  void everyEventKindIsDeliveredOnceToClientAndMemberSignedWithTheInvoiceAsAGetAnswers()
      throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = hooks.server(clock, true);
    TestApp.Party client = app.client();
    TestApp.Party member = app.member();
    WebhookReceiver receiver = hooks.receiver(clock);
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
    TestApp app = hooks.server(clock, true, "INFO");
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
    WebhookReceiver receiver = hooks.receiver().thenAnswer(500);
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
    TestApp app = hooks.server(clock, true);
    TestApp.Party client = app.client();
    WebhookReceiver receiver = hooks.receiver();
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    receiver.down();
    app.sentInvoice(client, app.member());
    DeliveryRow failed = awaitDelivery(app, preference, d -> d.attempts() == 1);
    assertThat(failed.lastStatusCode()).isNull();
    assertThat(failed.lastError()).startsWith("connection failed");

    app.server.close();
    hooks.forget(app.server);
    receiver.up();
    TestApp again = hooks.server(clock, true);
    clock.advance(Duration.ofSeconds(31));
    receiver.await(r -> true, 1, WAIT);
    DeliveryRow delivered = awaitDelivery(again, preference, d -> d.state().equals("delivered"));
    assertThat(delivered.attempts()).isEqualTo(2);
    assertThat(delivered.eventId()).isEqualTo(receiver.received.get(0).id());
  }

  @Test
  void twoServersOnOneDatabaseDeliverEachEventExactlyOnce() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp one = hooks.server(clock, true);
    TestApp two = hooks.server(clock, true);
    TestApp.Party client = one.client();
    TestApp.Party member = one.member();
    WebhookReceiver receiver = hooks.receiver();
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
  void whileASecretRotatesBothSignaturesVerifyAndAfterTheWindowOnlyTheNewOne() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = hooks.server(clock, true);
    TestApp.Party client = app.client();
    TestApp.Party member = app.member();
    WebhookReceiver receiver = hooks.receiver();
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
    TestApp app = hooks.server(clock, true);
    TestApp.Party client = app.client();
    TestApp.Party member = app.member();
    WebhookReceiver receiver = hooks.receiver();
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
}
