package app.wingspan.testing.sample;

// spotless:off (the README shows this part as it is)
// README: testing-your-integration begin
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.sdk.RequestOptions;
import app.wingspan.sdk.RequestTimeoutException;
import app.wingspan.sdk.RetryPolicy;
import app.wingspan.sdk.Wingspan;
import app.wingspan.testing.Faults;
import app.wingspan.testing.TestAccounts;
import app.wingspan.testing.TestClock;
import app.wingspan.testing.WingspanTest;
import app.wingspan.testing.WingspanTestServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@WingspanTest
class InvoiceRemindersTest {
  private final List<ClientInvoice> reminders = new ArrayList<>();

  @Test
  void remindsOnceWhenAnInvoiceTurnsOverdue(Wingspan sdk, TestAccounts accounts, TestClock clock) {
    String id = openInvoice(sdk, accounts.member().id(), clock.today().plusDays(30).toString());
    InvoiceReminders service = new InvoiceReminders(sdk.clientInvoice(), reminders::add);

    assertThat(service.run()).isZero(); // Open, due in 30 days

    clock.advance(Duration.ofDays(31)); // the server's "today" moves; the invoice now reads Overdue
    assertThat(service.run()).isEqualTo(1);
    assertThat(reminders).extracting(ClientInvoice::invoiceId).containsExactly(id);
    assertThat(service.run()).isZero(); // reminded once only
  }

  @Test
  void ridesThroughA503WithTheSdksRetries(Wingspan sdk, TestAccounts accounts, TestClock clock, Faults faults) {
    openInvoice(sdk, accounts.member().id(), clock.today().minusDays(1).toString());
    Faults.Fault outage = faults.on("GET", "/payments/client/invoice").times(2).serviceUnavailable(Duration.ZERO);

    assertThat(new InvoiceReminders(sdk.clientInvoice(), reminders::add).run()).isEqualTo(1);
    assertThat(outage.hits()).isEqualTo(2); // two 503s, then the SDK's third attempt got the list
  }
  // README: testing-your-integration end
  // spotless:on

  @Test
  void ridesThroughA429AndADroppedConnection(
      Wingspan sdk, TestAccounts accounts, TestClock clock, Faults faults) {
    openInvoice(sdk, accounts.member().id(), clock.today().minusDays(1).toString());
    Faults.Fault limited = faults.on("GET", "/payments/client/**").rateLimited(Duration.ZERO);
    Faults.Fault dropped = faults.on("GET", "/payments/client/**").dropConnection();

    assertThat(new InvoiceReminders(sdk.clientInvoice(), reminders::add).run()).isEqualTo(1);
    assertThat(limited.hits()).isEqualTo(1);
    assertThat(dropped.hits()).isEqualTo(1);
  }

  @Test
  void aServerSlowerThanTheTimeoutFailsTheRunAndRemindsOfNothing(WingspanTestServer wingspan) {
    TestAccounts accounts = wingspan.accounts();
    openInvoice(
        wingspan.sdk(), accounts.member().id(), wingspan.clock().today().minusDays(1).toString());
    Wingspan impatient =
        wingspan
            .sdkBuilder(accounts.client())
            .requestTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.defaults())
            .build();
    Faults.Fault slow =
        wingspan
            .faults()
            .on("GET", "/payments/client/invoice")
            .times(3)
            .delay(Duration.ofSeconds(5));

    assertThatThrownBy(() -> new InvoiceReminders(impatient.clientInvoice(), reminders::add).run())
        .isInstanceOf(RequestTimeoutException.class);
    assertThat(slow.hits())
        .isEqualTo(3); // a timed-out read is retried, up to the policy's attempts
    assertThat(reminders).isEmpty();
  }

  @Test
  void aCreateThatTimedOutIsRetriedUnderItsIdempotencyKeyAndMadeOnce(WingspanTestServer wingspan)
      throws Exception {
    TestAccounts accounts = wingspan.accounts();
    Wingspan impatient =
        wingspan.sdkBuilder(accounts.client()).requestTimeout(Duration.ofMillis(300)).build();
    RequestOptions once = RequestOptions.builder().idempotencyKey("order-4711").build();
    ClientInvoiceCreateRequest request =
        invoice(accounts.member().id(), wingspan.clock().today().toString());
    Faults.Fault slow =
        wingspan.faults().on("POST", "/payments/client/invoice").delay(Duration.ofSeconds(1));

    // The first attempt times out; the SDK repeats it under the same key, and the repeat answers.
    String created =
        impatient.clientInvoice().create(request, once).clientInvoice().orElseThrow().invoiceId();
    assertThat(slow.hits()).isEqualTo(1);
    Thread.sleep(1_500); // the first attempt reaches the API a second late: it gets the same answer
    String repeated =
        wingspan
            .sdk()
            .clientInvoice()
            .create(request, once)
            .clientInvoice()
            .orElseThrow()
            .invoiceId();

    assertThat(repeated).isEqualTo(created); // the first answer again
    assertThat(wingspan.sdk().clientInvoice().list().clientInvoices())
        .extracting(ClientInvoice::invoiceId)
        .containsExactly(created); // one invoice, not two
  }

  @Test
  void draftAndCancelledInvoicesAreNeverReminded(
      Wingspan sdk, TestAccounts accounts, TestClock clock) {
    String due = clock.today().plusDays(1).toString();
    sdk.clientInvoice().create(invoice(accounts.member().id(), due));
    String cancelled = openInvoice(sdk, accounts.member().id(), due);
    sdk.clientInvoice()
        .update(
            cancelled,
            ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.CANCELLED).build());

    clock.advance(Duration.ofDays(10));

    assertThat(new InvoiceReminders(sdk.clientInvoice(), reminders::add).run()).isZero();
  }

  /**
   * Creates an invoice the member is owed, due on {@code dueDate}, and sends it (Open); returns its
   * id.
   */
  static String openInvoice(Wingspan sdk, String memberId, String dueDate) {
    String id =
        sdk.clientInvoice()
            .create(invoice(memberId, dueDate))
            .clientInvoice()
            .orElseThrow()
            .invoiceId();
    sdk.clientInvoice()
        .update(id, ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build());
    return id;
  }

  static ClientInvoiceCreateRequest invoice(String memberId, String dueDate) {
    return ClientInvoiceCreateRequest.builder()
        .memberId(memberId)
        .clientEmail("carl.client@example.test")
        .dueDate(dueDate)
        .lineItems(
            List.of(
                InvoiceLineItemsCreateRequest.builder()
                    .description("Design")
                    .costPerUnit(new BigDecimal("100.00"))
                    .quantity(new BigDecimal("1.5"))
                    .build()))
        .build();
  }
}
