package app.wingspan.testing.sample;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.sdk.ListClientInvoicesRequest;
import app.wingspan.sdk.ListClientInvoicesResponse;
import app.wingspan.sdk.Wingspan;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sample "code under test" of the README's "Testing your integration": a user's service that
 * reads the invoices its company owes through Wingspan and sends a reminder, once, for each one
 * that is Overdue.
 */
public final class InvoiceReminders {
  private final Wingspan wingspan;
  private final Consumer<ClientInvoice> remind;
  private final Set<String> reminded = new HashSet<>();

  public InvoiceReminders(Wingspan wingspan, Consumer<ClientInvoice> remind) {
    this.wingspan = wingspan;
    this.remind = remind;
  }

  /**
   * Reads every invoice, page by page, and reminds of each newly Overdue one; returns how many it
   * reminded of.
   */
  public int run() {
    int sent = 0;
    ListClientInvoicesRequest page = ListClientInvoicesRequest.firstPage().withLimit(50);
    while (page != null) {
      ListClientInvoicesResponse response = wingspan.clientInvoice().list(page);
      for (ClientInvoice invoice : response.clientInvoices()) {
        if (InvoiceStatus.OVERDUE.equals(invoice.status()) && reminded.add(invoice.invoiceId())) {
          remind.accept(invoice);
          sent++;
        }
      }
      page = response.nextPage().orElse(null);
    }
    return sent;
  }
}
