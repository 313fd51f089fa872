package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.sdk.Wingspan;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A team tests "the payer was emailed, then reminded" against the real server: the kit reads back
 * the emails the server sent, and its clock brings the reminders due.
 */
@WingspanTest
class TestMailTest {
  private static final String PAYER = "carl.client@example.test";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void aSentInvoiceEmailsThePayerWithItsLinkAndPdf(
      Wingspan sdk, TestAccounts accounts, WingspanTestServer server) {
    String due = server.clock().today().plusDays(30).toString();
    String id = KitFixtures.openInvoice(sdk, accounts.member().id(), due);
    ClientInvoice invoice = sdk.clientInvoice().get(id).clientInvoice().orElseThrow();

    TestMail.ReceivedMail mail = server.mail().await(PAYER, WAIT);

    assertThat(mail.subject()).contains("Invoice " + invoice.invoiceNumber());
    assertThat(mail.text()).contains(invoice.attachments().invoiceLink());
    assertThat(mail.attachments())
        .extracting(TestMail.Attachment::fileName)
        .containsExactly("invoice-" + invoice.invoiceNumber() + ".pdf");
    assertThat(server.mail().to(PAYER)).hasSize(1);
  }

  @Test
  void movingTheClockPastTheDueDateSendsTheRemindersInOrderOnce(
      Wingspan sdk, TestAccounts accounts, WingspanTestServer server) {
    LocalDate due = server.clock().today().plusDays(1);
    KitFixtures.openInvoice(sdk, accounts.member().id(), due.toString());
    server.mail().await(PAYER, WAIT);

    server.clock().advance(Duration.ofDays(4)); // past the due date and 3 days after it

    server
        .mail()
        .await(m -> m.isFor(PAYER) && m.subject().contains("3 days overdue"), "the reminder", WAIT);
    assertThat(server.mail().to(PAYER))
        .extracting(TestMail.ReceivedMail::subject)
        .satisfiesExactly(
            invoiceEmail -> assertThat(invoiceEmail).startsWith("Invoice "),
            dueToday -> assertThat(dueToday).endsWith("is due today"),
            threeDaysAgo -> assertThat(threeDaysAgo).endsWith("is 3 days overdue"));
  }

  @Test
  void resetForgetsTheEmailsOfEarlierTests(WingspanTestServer server) {
    assertThat(server.mail().all()).isEmpty();
  }
}
