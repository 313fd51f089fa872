package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.sdk.Wingspan;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bank payments in transit settle when a test says so, as the server's settlement worker would
 * settle them.
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
}
