package app.wingspan.server.page;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceAttachments;
import app.wingspan.server.mail.InvoicePages;
import app.wingspan.server.mail.MailKind;
import app.wingspan.server.mail.OutgoingMail;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The invoice page and its PDFs as the emails carry them: the button's link is the page's link (the
 * one in the invoice's {@code attachments}), the attached PDF the very bytes that link serves.
 */
public final class MailPages implements InvoicePages {
  private final Supplier<InvoicePage> page;

  /**
   * @param page the running page, or null until the server has started it (its links need the HTTP
   *     port): until then messages carry neither link nor attachment
   */
  public MailPages(Supplier<InvoicePage> page) {
    this.page = page;
  }

  @Override
  public Optional<String> link(ClientInvoice invoice) {
    InvoicePage running = page.get();
    if (running == null || invoice.status() == null) {
      return Optional.empty();
    }
    return running
        .links()
        .attachments(invoice.invoiceId(), invoice.status().value())
        .map(InvoiceAttachments::invoiceLink);
  }

  @Override
  public List<OutgoingMail.Attachment> attachments(ClientInvoice invoice, MailKind kind) {
    InvoicePage running = page.get();
    if (running == null
        || kind.attached() == MailKind.Attached.NONE
        || invoice.memberClient() == null) {
      return List.of();
    }
    boolean receipt = kind.attached() == MailKind.Attached.RECEIPT_PDF;
    String number = invoice.invoiceNumber() == null ? invoice.invoiceId() : invoice.invoiceNumber();
    String fileName =
        (receipt ? "receipt-" : "invoice-") + number.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    return running
        .pdf(invoice.invoiceId(), invoice.memberClient().clientId(), receipt)
        .map(pdf -> List.of(new OutgoingMail.Attachment(fileName, "application/pdf", pdf)))
        .orElse(List.of());
  }
}
