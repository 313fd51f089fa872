package app.wingspan.server.mail;

import app.wingspan.model.ClientInvoice;
import java.util.List;
import java.util.Optional;

/**
 * The invoice's page and PDFs, as the messages carry them: the link behind the message's button and
 * the files it attaches. The page and PDFs of the invoice-page issue plug in here; until then
 * {@link #none()} gives messages without a button or an attachment.
 */
public interface InvoicePages {
  /** The invoice page's absolute URL, or empty when the invoice has none. */
  Optional<String> link(ClientInvoice invoice);

  /** The files {@code kind} carries for {@code invoice} (its {@link MailKind#attached()}). */
  List<OutgoingMail.Attachment> attachments(ClientInvoice invoice, MailKind kind);

  /** No page and no PDFs: messages carry neither a link nor an attachment. */
  static InvoicePages none() {
    return new InvoicePages() {
      @Override
      public Optional<String> link(ClientInvoice invoice) {
        return Optional.empty();
      }

      @Override
      public List<OutgoingMail.Attachment> attachments(ClientInvoice invoice, MailKind kind) {
        return List.of();
      }
    };
  }
}
