package app.wingspan.server.mail;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.Fee;
import app.wingspan.model.InvoiceLineItem;
import app.wingspan.model.MemberClient;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A stored invoice as its messages show it: names, amounts with their currency, dates spelled out.
 */
final class InvoiceMailViews {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  private InvoiceMailViews() {}

  static MailView of(ClientInvoice invoice, String link, String failureReason) {
    String currency = invoice.currency() == null ? "USD" : invoice.currency().value();
    BigDecimal amount = invoice.amount() == null ? BigDecimal.ZERO : invoice.amount();
    BigDecimal charged = amount;
    if (invoice.chargedFees() != null && invoice.chargedFees().processingFee() != null) {
      Fee fee = invoice.chargedFees().processingFee();
      charged = fee.amount() == null ? amount : amount.add(fee.amount());
    }
    List<MailView.Line> lines = new ArrayList<>();
    for (InvoiceLineItem item :
        invoice.lineItems() == null ? List.<InvoiceLineItem>of() : invoice.lineItems()) {
      lines.add(
          new MailView.Line(
              item.description() == null ? "" : item.description(),
              money(item.totalCost() == null ? BigDecimal.ZERO : item.totalCost(), currency)));
    }
    String paidAt = invoice.events() == null ? null : invoice.events().paidAt();
    return new MailView(
        memberName(invoice),
        clientName(invoice),
        invoice.invoiceNumber() == null ? "" : invoice.invoiceNumber(),
        money(amount, currency),
        money(charged, currency),
        invoice.dueDate() == null ? "" : DATE.format(LocalDate.parse(invoice.dueDate())),
        paidAt == null
            ? null
            : DATE.format(LocalDate.ofInstant(Instant.parse(paidAt), ZoneOffset.UTC)),
        failureReason,
        link,
        lines);
  }

  static String memberName(ClientInvoice invoice) {
    if (invoice.memberCompany() != null && !invoice.memberCompany().isBlank()) {
      return invoice.memberCompany();
    }
    return invoice.memberName() == null ? "" : invoice.memberName();
  }

  static String clientName(ClientInvoice invoice) {
    MemberClient memberClient = invoice.memberClient();
    if (memberClient == null) {
      return "";
    }
    if (memberClient.company() != null && !memberClient.company().isBlank()) {
      return memberClient.company();
    }
    return memberClient.name() == null ? "" : memberClient.name();
  }

  static String money(BigDecimal amount, String currencyCode) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    try {
      format.setCurrency(Currency.getInstance(currencyCode));
    } catch (IllegalArgumentException unknown) {
      return amount.toPlainString() + " " + currencyCode;
    }
    return format.format(amount);
  }
}
