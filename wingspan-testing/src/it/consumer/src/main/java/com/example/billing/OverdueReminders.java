package com.example.billing;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.sdk.ClientInvoices;
import app.wingspan.sdk.ListClientInvoicesRequest;
import app.wingspan.sdk.ListClientInvoicesResponse;
import java.util.ArrayList;
import java.util.List;

/** A team's code: the ids of the Overdue invoices, through the SDK's interface. */
public final class OverdueReminders {
  private final ClientInvoices invoices;

  public OverdueReminders(ClientInvoices invoices) {
    this.invoices = invoices;
  }

  public List<String> overdue() {
    List<String> ids = new ArrayList<>();
    ListClientInvoicesRequest page = ListClientInvoicesRequest.firstPage();
    while (page != null) {
      ListClientInvoicesResponse response = invoices.list(page);
      for (ClientInvoice invoice : response.clientInvoices()) {
        if (InvoiceStatus.OVERDUE.equals(invoice.status())) {
          ids.add(invoice.invoiceId());
        }
      }
      page = response.nextPage().orElse(null);
    }
    return ids;
  }
}
