package app.wingspan.testing;

import static app.wingspan.testing.WebhookReceiver.about;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.WebhookEventName;
import app.wingspan.model.WebhookPreference;
import app.wingspan.model.WingspanJson;
import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.WebhookHeaders;
import app.wingspan.sdk.WebhookVerificationException.Reason;
import app.wingspan.sdk.Webhooks;
import app.wingspan.sdk.Wingspan;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The receiver as a real HTTP endpoint: registered as a preference in one line, verifying what it
 * is posted with the SDK, keeping every delivery, and failing on request. The deliveries here are
 * posted by the test itself, signed with {@link Webhooks#sign} as the server signs its own, to a
 * receiver of an event no test here causes (the server's own deliveries: {@link
 * WebhooksEndToEndTest}).
 */
@WingspanTest
class WebhookReceiverTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration WAIT = Duration.ofSeconds(10);

  /**
   * No test here cancels an invoice, so the server sends this receiver nothing: every delivery it
   * gets is the test's own.
   */
  private static final String QUIET_EVENT = "Invoice.Cancelled";

  private static final AtomicInteger INVOICES = new AtomicInteger();

  @InjectWingspan WingspanTestServer server;
  @InjectWingspan TestAccounts accounts;
  @InjectWingspan Wingspan sdk;
  private WebhookReceiver hooks;

  @BeforeEach
  void listenToTheTestsOwnDeliveries() {
    hooks = server.webhooks().listen(QUIET_EVENT);
  }

  @Test
  void theInjectedReceiverIsTheClientsPreferenceForEveryEventWithAGeneratedSecret(
      WebhookReceiver injected) {
    WebhookPreference preference =
        sdk.webhooks().get(injected.preferenceId()).webhookPreference().orElseThrow();

    assertThat(injected).isSameAs(server.webhooks().receiver());
    assertThat(injected.account()).isEqualTo(accounts.client());
    assertThat(preference.url())
        .isEqualTo(injected.url().toString())
        .startsWith("http://127.0.0.1:");
    assertThat(preference.subscribedEvents())
        .isEqualTo(injected.subscribedEvents())
        .containsExactlyElementsOf(
            sdk.webhooks().eventNames().eventNames().stream()
                .map(WebhookEventName::eventName)
                .toList())
        .contains("Invoice.Paid");
    assertThat(injected.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
    assertThat(injected.toString()).doesNotContain(injected.secret());
  }

  @Test
  void aMembersReceiverIsTheMembersPreferenceForTheEventsNamed() {
    WebhookReceiver issued =
        server.webhooks().listen(accounts.member(), "Invoice.Paid", "Invoice.Sent");

    assertThat(server.sdk(accounts.member()).webhooks().list().webhookPreferences())
        .extracting(WebhookPreference::webhookPreferenceId, WebhookPreference::subscribedEvents)
        .containsExactly(
            tuple(issued.preferenceId(), java.util.List.of("Invoice.Paid", "Invoice.Sent")));
    assertThat(server.webhooks().receivers()).containsExactly(hooks, issued);
  }

  @Test
  void aSignedDeliveryIsAnswered200AndAwaitedWithItsInvoiceDecoded() throws Exception {
    ClientInvoice invoice = invoice();
    byte[] body = payload("evt_1", "Invoice.Paid", invoice);

    int status = post(hooks.url(), body, sign("evt_1", body, hooks.secret()));
    WebhookEvent paid = hooks.awaitEvent("Invoice.Paid", about(invoice.invoiceId()));

    assertThat(status).isEqualTo(200);
    assertThat(paid.eventId()).isEqualTo("evt_1");
    assertThat(paid.invoice()).contains(invoice);
    assertThat(hooks.events()).containsExactly(paid);
    assertThat(hooks.rejected()).isEmpty();
    ReceivedWebhook delivery = hooks.deliveries().get(0);
    assertThat(delivery.body()).isEqualTo(body);
    assertThat(delivery.accepted()).isTrue();
    assertThat(delivery.receivedAt()).isCloseTo(server.clock().instant(), within());
    // What a team's own handler would be given: it verifies with the receiver's secret.
    assertThat(
            Webhooks.constructEvent(delivery.body(), delivery.webhookHeaders(), hooks.secret())
                .eventId())
        .isEqualTo("evt_1");
  }

  static Stream<Arguments> badDeliveries() {
    Function<WebhookReceiver, String> wrongSecret = r -> "whsec_" + "A".repeat(43) + "=";
    return Stream.of(
        Arguments.of("another secret", wrongSecret, 0, Duration.ZERO, Reason.SIGNATURE_MISMATCH),
        Arguments.of(
            "a byte changed",
            (Function<WebhookReceiver, String>) WebhookReceiver::secret,
            1,
            Duration.ZERO,
            Reason.SIGNATURE_MISMATCH),
        Arguments.of(
            "signed 6 minutes ago",
            (Function<WebhookReceiver, String>) WebhookReceiver::secret,
            0,
            Duration.ofMinutes(-6),
            Reason.TIMESTAMP_TOO_OLD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDeliveries")
  void aDeliveryThatDoesNotVerifyIsAnswered400AndKeptAsRejectedNotAsAnEvent(
      String what,
      Function<WebhookReceiver, String> secret,
      int changedByte,
      Duration signedAgo,
      Reason reason)
      throws Exception {
    byte[] body = payload("evt_bad", "Invoice.Paid", invoice());
    WebhookHeaders headers =
        Webhooks.sign(
            "evt_bad", server.clock().instant().plus(signedAgo), body, secret.apply(hooks));
    if (changedByte > 0) {
      body[body.length - 2] ^= 1;
    }

    int status = post(hooks.url(), body, headers);

    assertThat(status).isEqualTo(400);
    assertThat(hooks.events()).isEmpty();
    assertThat(hooks.rejected())
        .singleElement()
        .satisfies(d -> assertThat(d.rejection().orElseThrow().reason()).isEqualTo(reason));
    assertThatThrownBy(() -> hooks.awaitEvent("Invoice.Paid", Duration.ofMillis(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no Invoice.Paid event within PT0.1S at " + hooks.url())
        .hasMessageContaining("rejected evt_bad (" + reason + ")")
        .hasMessageNotContaining(hooks.secret());
  }

  @Test
  void deliveriesAreVerifiedAgainstTheServersClockWhichSignsThem() throws Exception {
    server.clock().advance(Duration.ofDays(3));
    byte[] body = payload("evt_later", "Invoice.Overdue", invoice());

    int byServerClock =
        post(
            hooks.url(),
            body,
            Webhooks.sign("evt_later", server.clock().instant(), body, hooks.secret()));
    int bySystemClock =
        post(hooks.url(), body, Webhooks.sign("evt_sys", Instant.now(), body, hooks.secret()));

    assertThat(byServerClock).isEqualTo(200);
    assertThat(bySystemClock).isEqualTo(400);
    assertThat(hooks.rejected().get(0).rejection().orElseThrow().reason())
        .isEqualTo(Reason.TIMESTAMP_TOO_OLD);
  }

  @Test
  void aRedeliveryIsASecondDeliveryOfTheSameEventButOneEvent() throws Exception {
    byte[] body = payload("evt_twice", "Invoice.Sent", invoice());

    post(hooks.url(), body, sign("evt_twice", body, hooks.secret()));
    post(hooks.url(), body, sign("evt_twice", body, hooks.secret()));

    assertThat(hooks.deliveriesOf("evt_twice")).hasSize(2).allMatch(ReceivedWebhook::accepted);
    assertThat(hooks.events()).extracting(WebhookEvent::eventId).containsExactly("evt_twice");
  }

  @Test
  void theFaultSwitchFailsTheNextDeliveriesThenAccepts() throws Exception {
    byte[] body = payload("evt_retried", "Invoice.Paid", invoice());
    WebhookFault down = hooks.failNext(2);
    WebhookFault gone = hooks.failNext(1, 410);

    int[] statuses = new int[4];
    for (int i = 0; i < statuses.length; i++) {
      statuses[i] = post(hooks.url(), body, sign("evt_retried", body, hooks.secret()));
    }

    assertThat(statuses).containsExactly(500, 500, 410, 200);
    assertThat(down.hits()).isEqualTo(2);
    assertThat(gone.hits()).isEqualTo(1);
    assertThat(gone.remaining()).isZero();
    assertThat(hooks.deliveriesOf("evt_retried"))
        .extracting(ReceivedWebhook::status, ReceivedWebhook::faulted, ReceivedWebhook::accepted)
        .containsExactly(
            tuple(500, true, false),
            tuple(500, true, false),
            tuple(410, true, false),
            tuple(200, false, true));
    assertThat(hooks.events()).hasSize(1);
  }

  @Test
  void aHeldDeliveryIsAnsweredLateAndTakenInEvenWhenTheSenderGaveUp() throws Exception {
    ClientInvoice invoice = invoice();
    byte[] slowBody = payload("evt_slow", "Invoice.Paid", invoice);
    byte[] abandonedBody = payload("evt_gone", "Invoice.Sent", invoice);
    WebhookFault slow = hooks.hangNext(2, Duration.ofMillis(500));

    long t0 = System.nanoTime();
    int status = post(hooks.url(), slowBody, sign("evt_slow", slowBody, hooks.secret()));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    // A sender that times out: the whole request written, then the connection closed unanswered.
    try (Socket socket = new Socket(hooks.url().getHost(), hooks.url().getPort())) {
      socket
          .getOutputStream()
          .write(
              rawRequest(
                  hooks.url(), abandonedBody, sign("evt_gone", abandonedBody, hooks.secret())));
      socket.getOutputStream().flush();
    }
    WebhookEvent abandoned = hooks.awaitEvent("Invoice.Sent", WAIT);

    assertThat(status).isEqualTo(200);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    assertThat(abandoned.eventId()).isEqualTo("evt_gone");
    assertThat(slow.hits()).isEqualTo(2);
    assertThat(hooks.deliveries())
        .extracting(ReceivedWebhook::webhookId, ReceivedWebhook::faulted, ReceivedWebhook::accepted)
        .containsExactly(tuple("evt_slow", true, true), tuple("evt_gone", true, true));
  }

  @Test
  void aVerificationFailureDoesNotUseUpAFault() throws Exception {
    byte[] body = payload("evt_f", "Invoice.Paid", invoice());
    WebhookFault fault = hooks.failNext(1);

    int unsigned = post(hooks.url(), body, new WebhookHeaders("evt_f", null, null));
    int signed = post(hooks.url(), body, sign("evt_f", body, hooks.secret()));

    assertThat(unsigned).isEqualTo(400);
    assertThat(signed).isEqualTo(500);
    assertThat(fault.hits()).isEqualTo(1);
  }

  @Test
  void awaitingAnEventThatDoesNotComeFailsListingWhatDid() throws Exception {
    byte[] body = payload("evt_sent", "Invoice.Sent", invoice());
    post(hooks.url(), body, sign("evt_sent", body, hooks.secret()));

    assertThatThrownBy(
            () -> hooks.awaitEvent("Invoice.Paid", about("inv_other"), Duration.ofMillis(200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "no Invoice.Paid about inv_other event within PT0.2S at " + hooks.url())
        .hasMessageContaining("Invoice.Sent evt_sent on ");
  }

  @Test
  void awaitingWhileAdvancingTheClockRunsTheServersScheduledWorkEarly() throws Exception {
    ClientInvoice invoice = openInvoice();
    Instant paying = server.clock().instant();
    sdk.clientInvoice()
        .pay(
            invoice.invoiceId(),
            app.wingspan.model.PayRequest.builder().accountId("ba_test_success").build());
    // Stands in for the server's delivery: an Invoice.Paid posted once the debit has settled, which
    // happens only when the clock passes its due time (5 s on).
    Thread poster = new Thread(() -> postOncePaid(invoice.invoiceId()));
    poster.setDaemon(true);
    poster.start();

    WebhookEvent paid =
        hooks.awaitEventAdvancingClock(
            "Invoice.Paid", about(invoice.invoiceId()), Duration.ofMinutes(1));

    assertThat(paid.invoice().orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(server.clock().offset()).as("the clock was moved").isPositive();
    assertThat(server.clock().instant())
        .isAfterOrEqualTo(paying.plus(WingspanTestServer.ACH_SETTLEMENT_DELAY));
    poster.join(5000);
  }

  @Test
  void awaitingWhileAdvancingTheClockStopsAtItsLimit() throws Exception {
    ClientInvoice invoice = openInvoice();
    sdk.clientInvoice()
        .pay(
            invoice.invoiceId(),
            app.wingspan.model.PayRequest.builder().accountId("ba_test_success").build());

    assertThatThrownBy(
            () ->
                hooks.awaitEventAdvancingClock(
                    "Invoice.Paid", about(invoice.invoiceId()), Duration.ofSeconds(1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("past the clock's limit");
    assertThat(server.clock().offset()).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void aResetStopsAndForgetsEveryReceiver(WebhookReceiver injected) throws Exception {
    WebhookReceiver other = server.webhooks().listen("Invoice.Sent");
    URI url = other.url();

    server.reset();

    assertThat(server.webhooks().receivers()).isEmpty();
    assertThatThrownBy(() -> post(url, new byte[0], new WebhookHeaders("x", "1", "v1,x")))
        .isInstanceOf(ConnectException.class);
    assertThat(server.webhooks().receiver()).isNotSameAs(injected);
  }

  private void postOncePaid(String invoiceId) {
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        ClientInvoice now = sdk.clientInvoice().get(invoiceId).clientInvoice().orElseThrow();
        if (now.status() == InvoiceStatus.PAID) {
          byte[] body = payload("evt_paid", "Invoice.Paid", now);
          post(hooks.url(), body, sign("evt_paid", body, hooks.secret()));
          return;
        }
        Thread.sleep(50);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An invoice as a GET answers one, made up: the server knows nothing of it. */
  private ClientInvoice invoice() {
    return ClientInvoice.builder()
        .invoiceId("inv_" + INVOICES.incrementAndGet())
        .memberName("Mia Member")
        .status(InvoiceStatus.PAID)
        .amount(new java.math.BigDecimal("150.00"))
        .dueDate(server.clock().today().toString())
        .build();
  }

  private ClientInvoice openInvoice() {
    String id =
        KitFixtures.openInvoice(
            sdk, accounts.member().id(), server.clock().today().plusDays(30).toString());
    return sdk.clientInvoice().get(id).clientInvoice().orElseThrow();
  }

  private WebhookHeaders sign(String id, byte[] body, String secret) {
    return Webhooks.sign(id, server.clock().instant(), body, secret);
  }

  /** A payload of the server's shape (docs/webhooks.md) carrying {@code invoice} as its data. */
  static byte[] payload(String eventId, String eventName, ClientInvoice invoice)
      throws IOException {
    ObjectNode event = WingspanJson.newMapper().createObjectNode();
    event.put("eventId", eventId);
    event.put("eventName", eventName);
    event.put("entityName", "Invoice");
    event.put("objectId", invoice.invoiceId());
    event.put("timestamp", Instant.now().toString());
    event.put("objectVersion", 1);
    event.set("data", WingspanJson.newMapper().valueToTree(invoice));
    return WingspanJson.writer().writeValueAsBytes(event);
  }

  static int post(URI url, byte[] body, WebhookHeaders headers)
      throws IOException, InterruptedException {
    return post(url, body, headers, WAIT);
  }

  static int post(URI url, byte[] body, WebhookHeaders headers, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, String> header : headers.asMap().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .statusCode();
  }

  private static byte[] rawRequest(URI url, byte[] body, WebhookHeaders headers) {
    StringBuilder head =
        new StringBuilder(
            "POST " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getAuthority() + "\r\n");
    head.append("Content-Type: application/json\r\nContent-Length: ")
        .append(body.length)
        .append("\r\n");
    headers
        .asMap()
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = java.util.Arrays.copyOf(start, start.length + body.length);
    System.arraycopy(body, 0, request, start.length, body.length);
    return request;
  }

  private static org.assertj.core.data.TemporalUnitOffset within() {
    return org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS);
  }
}
