package app.wingspan.testing.sample;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.sdk.ClientInvoices;
import app.wingspan.sdk.ListClientInvoicesRequest;
import app.wingspan.sdk.ListClientInvoicesResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sample "code under test" of the README's "Testing your integration": a user's service that
 * reads the invoices its company owes through Wingspan and sends a reminder, once, for each one
 * that is Overdue. It takes the SDK's {@link ClientInvoices} interface, not the final {@code
 * Wingspan} client, so a unit test can hand it a fake and an integration test the real thing.
 */
public final class InvoiceReminders {
  private final ClientInvoices invoices;
  private final Consumer<ClientInvoice> remind;
  private final Set<String> reminded = new HashSet<>();

  public InvoiceReminders(ClientInvoices invoices, Consumer<ClientInvoice> remind) {
    this.invoices = invoices;
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
      ListClientInvoicesResponse response = invoices.list(page);
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
