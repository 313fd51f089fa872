package app.wingspan.server.invoice;

import static app.wingspan.server.invoice.Fixtures.RULES;
import static app.wingspan.server.invoice.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overdue is a reading of the calendar, never stored. */
class OverdueTest {

  /** stored status | dueDate | today | status as seen. */
  @ParameterizedTest(name = "{0} due {1}, on {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Open             | 2026-11-23 | 2026-11-24 | Overdue
      Open             | 2026-11-24 | 2026-11-24 | Open
      Open             | 2026-11-25 | 2026-11-24 | Open
      Open             | 2025-12-31 | 2026-01-01 | Overdue
      Open             | 2024-02-29 | 2024-03-01 | Overdue
      Open             | not-a-date | 2026-11-24 | Open
      Draft            | 2026-11-01 | 2026-11-24 | Draft
      Pending          | 2026-11-01 | 2026-11-24 | Pending
      PaymentInTransit | 2026-11-01 | 2026-11-24 | PaymentInTransit
      Paid             | 2026-11-01 | 2026-11-24 | Paid
      Cancelled        | 2026-11-01 | 2026-11-24 | Cancelled
      """)
  void anOpenInvoicePastItsDueDateReadsOverdue(
      String status, String dueDate, String today, String seen) {
    ClientInvoice invoice = stored(status).toBuilder().dueDate(dueDate).build();
    ClientInvoice asSeen = RULES.asSeen(invoice, LocalDate.parse(today));
    assertThat(asSeen.status()).isEqualTo(InvoiceStatus.of(seen));
    assertThat(asSeen.toBuilder().status(invoice.status()).build()).isEqualTo(invoice);
    if (seen.equals(status)) {
      assertThat(asSeen).isSameAs(invoice);
    }
  }

  @Test
  void movingTheDueDateLaterReadsOpenAgain() {
    ClientInvoice overdue = stored("Overdue");
    assertThat(RULES.asSeen(overdue, Fixtures.TODAY).status()).isEqualTo(InvoiceStatus.OVERDUE);
    ClientInvoice extended = overdue.toBuilder().dueDate("2026-12-15").build();
    assertThat(RULES.asSeen(extended, Fixtures.TODAY).status()).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void theStoredStatusStaysOpenThroughAChange() {
    Update update =
        RULES.apply(
            stored("Overdue"),
            Fixtures.patch("{'creditFeeHandling': {'clientPays': 10}}"),
            Fixtures.NOW,
            Fixtures.TODAY,
            new Fixtures.CountingNumbers());
    assertThat(update.invoice().status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(RULES.asSeen(update.invoice(), Fixtures.TODAY).status())
        .isEqualTo(InvoiceStatus.OVERDUE);
  }
}
