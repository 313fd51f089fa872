package app.wingspan.testing;

import static app.wingspan.testing.WebhookReceiver.about;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.Wingspan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The webhooks the server really sends, caught by the kit: each event kind a team's integration
 * hears of, decoded and verified; a receiver that fails is delivered to again on the server's retry
 * schedule, driven by the test clock, with the same event id.
 */
@WingspanTest
class WebhooksEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @InjectWingspan WebhookReceiver hooks;
  @InjectWingspan WingspanTestServer server;
  @InjectWingspan TestAccounts accounts;
  @InjectWingspan Wingspan sdk;

  @Test
  void aCardPaymentIsHeardAsInvoicePaidWithTheInvoiceAsThePayAnsweredIt() {
    String id = openInvoice();

    ClientInvoice afterPay =
        sdk.clientInvoice()
            .pay(id, PayRequest.builder().paymentMethodId("pm_card_visa").build())
            .clientInvoice()
            .orElseThrow();
    WebhookEvent paid = hooks.awaitEvent("Invoice.Paid", about(id), WAIT);

    // The invoice at the paid version; later changes (the payment email noted on it) come after.
    assertThat(paid.invoice()).contains(afterPay);
    assertThat(afterPay.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.objectVersion()).isPresent();
    assertThat(hooks.deliveriesOf(paid.eventId())).hasSize(1);
    assertThat(hooks.rejected()).isEmpty();
  }

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of("Invoice.Sent", (Change) (t, id) -> {}),
        Arguments.of("Invoice.Opened", (Change) (t, id) -> t.openThePage(id)),
        Arguments.of("Invoice.PaymentInTransit", (Change) (t, id) -> t.pay(id, "ba_test_success")),
        Arguments.of(
            "Invoice.PaymentFailed",
            (Change)
                (t, id) -> {
                  t.pay(id, "ba_test_accountClosed");
                  t.server.settleBankPayments();
                }),
        Arguments.of(
            "Invoice.Cancelled",
            (Change)
                (t, id) ->
                    t.sdk
                        .clientInvoice()
                        .update(
                            id,
                            ClientInvoiceUpdateRequest.builder()
                                .status(InvoiceStatus.CANCELLED)
                                .build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void eachKindOfChangeIsHeardAsItsEvent(String eventName, Change change) {
    String id = openInvoice();

    change.accept(this, id);
    WebhookEvent event = hooks.awaitEvent(eventName, about(id), WAIT);

    assertThat(event.entityName()).contains("Invoice");
    assertThat(event.invoice().orElseThrow().invoiceId()).isEqualTo(id);
    assertThat(hooks.rejected()).isEmpty();
  }

  @Test
  void aMembersReceiverHearsOfTheInvoicesItIssued() {
    WebhookReceiver issued = server.webhooks().listen(accounts.member(), "Invoice.Paid");
    String id = openInvoice();

    pay(id, "pm_card_visa");

    assertThat(issued.awaitEvent("Invoice.Paid", about(id), WAIT).invoice().orElseThrow().status())
        .isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void aReceiverFailingTwiceIsDeliveredOnTheRetriesTheClockBringsWithTheSameEventId() {
    WebhookReceiver paidOnly = server.webhooks().listen("Invoice.Paid");
    WebhookFault down = paidOnly.failNext(2);
    String id = openInvoice();

    pay(id, "pm_card_visa");
    WebhookEvent paid =
        paidOnly.awaitEventAdvancingClock("Invoice.Paid", about(id), Duration.ofHours(1));

    assertThat(down.hits()).isEqualTo(2);
    assertThat(paidOnly.deliveriesOf(paid.eventId()))
        .extracting(ReceivedWebhook::status)
        .containsExactly(500, 500, 200);
    assertThat(paidOnly.events()).containsExactly(paid);
    // The retries came after 30 s and 1 min, less jitter, of server time: far less of real time.
    assertThat(server.clock().offset()).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(2));
  }

  @Test
  void movingTheClockPastTheRetryDeliversItWithinAPoll() {
    WebhookReceiver paidOnly = server.webhooks().listen("Invoice.Paid");
    paidOnly.failNext(1);
    String id = openInvoice();
    pay(id, "pm_card_visa");
    ReceivedWebhook failed = paidOnly.awaitDeliveries(1, WAIT).get(0);

    server.clock().advance(Duration.ofSeconds(30)); // the first retry's wait, before jitter
    WebhookEvent paid = paidOnly.awaitEvent("Invoice.Paid", about(id), Duration.ofSeconds(10));

    assertThat(paid.eventId()).isEqualTo(failed.webhookId());
    assertThat(failed.status()).isEqualTo(500);
  }

  @Test
  void aReceiverTooSlowForTheServersTimeoutGetsTheSameEventAgain() {
    WebhookReceiver paidOnly = server.webhooks().listen("Invoice.Paid");
    // Past the server's 15 s response timeout: it gives up although the receiver takes the event
    // in.
    paidOnly.hangNext(1, Duration.ofSeconds(17));
    String id = openInvoice();
    pay(id, "pm_card_visa");
    ReceivedWebhook slow = paidOnly.awaitDeliveries(1, Duration.ofSeconds(40)).get(0);

    server.clock().advance(Duration.ofSeconds(30)); // the retry's wait, before jitter
    ReceivedWebhook again = paidOnly.awaitDeliveries(2, WAIT).get(1);

    assertThat(again.webhookId()).isEqualTo(slow.webhookId());
    assertThat(again.body()).isEqualTo(slow.body());
    assertThat(slow.faulted()).isTrue();
    assertThat(paidOnly.events()).hasSize(1); // what an idempotent handler sees: one event
  }

  /** A change to the invoice {@code id}, made by the test. */
  @FunctionalInterface
  interface Change extends BiConsumer<WebhooksEndToEndTest, String> {}

  private String openInvoice() {
    return KitFixtures.openInvoice(
        sdk, accounts.member().id(), server.clock().today().plusDays(30).toString());
  }

  /** Pays by card ({@code pm_card_...}) or bank debit ({@code ba_test_...}). */
  private void pay(String id, String instrument) {
    PayRequest.Builder pay = PayRequest.builder();
    sdk.clientInvoice()
        .pay(
            id,
            instrument.startsWith("pm_")
                ? pay.paymentMethodId(instrument).build()
                : pay.accountId(instrument).build());
  }

  private void openThePage(String id) {
    String link =
        sdk.clientInvoice().get(id).clientInvoice().orElseThrow().attachments().invoiceLink();
    try {
      HttpResponse<Void> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(link)).build(),
                  HttpResponse.BodyHandlers.discarding());
      assertThat(page.statusCode()).isEqualTo(200);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
