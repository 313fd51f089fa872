package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.sdk.Wingspan;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bank payments in transit settle when a test says so, or when the test clock passes their due
 * time, as the server settles them by itself.
 */
@WingspanTest
class BankPaymentsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"ba_test_success, Paid", "ba_test_accountClosed, Open"})
  void settleBankPaymentsAppliesEveryDebitInTransitAtOnce(
      String account,
      String settled,
      Wingspan sdk,
      TestAccounts accounts,
      WingspanTestServer server) {
    String due = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    String id = KitFixtures.openInvoice(sdk, accounts.member().id(), due);

    InvoiceStatus paying =
        sdk.clientInvoice()
            .pay(id, PayRequest.builder().accountId(account).build())
            .clientInvoice()
            .orElseThrow()
            .status();
    int count = server.settleBankPayments();

    assertThat(paying).isEqualTo(InvoiceStatus.PAYMENT_IN_TRANSIT);
    assertThat(count).isEqualTo(1);
    assertThat(sdk.clientInvoice().get(id).clientInvoice().orElseThrow().status().value())
        .isEqualTo(settled);
    assertThat(server.settleBankPayments()).as("nothing is left in transit").isZero();
  }

  @Test
  void aDebitSettlesByItselfOnceTheTestClockPassesItsDueTime(
      Wingspan sdk, TestAccounts accounts, WingspanTestServer server) throws Exception {
    String due = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    String id = KitFixtures.openInvoice(sdk, accounts.member().id(), due);
    sdk.clientInvoice().pay(id, PayRequest.builder().accountId("ba_test_success").build());

    server.clock().advance(WingspanTestServer.ACH_SETTLEMENT_DELAY);
    // Well within the delay in wall-clock time: only the moved clock can have made it due.
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    InvoiceStatus status;
    do {
      Thread.sleep(50);
      status = sdk.clientInvoice().get(id).clientInvoice().orElseThrow().status();
    } while (status != InvoiceStatus.PAID && System.nanoTime() < deadline);

    assertThat(status).isEqualTo(InvoiceStatus.PAID);
    assertThat(server.settleBankPayments()).as("nothing is left in transit").isZero();
  }
}
