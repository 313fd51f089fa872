package app.wingspan.server.page;

import app.wingspan.model.Address;
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceLineItem;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.MemberClient;
import app.wingspan.model.MemberProfile;
import app.wingspan.server.page.PayerDesk.Amounts;
import app.wingspan.server.page.PayerDesk.PayerInvoice;
import app.wingspan.server.page.PayerDesk.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the templates show of an invoice, in words and formatted amounts: one model for the page,
 * the invoice PDF and the receipt PDF, so the three cannot disagree.
 */
final class PageModel {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  /** The test processor's ids the page offers in test mode (documented in docs/server.md). */
  static final List<Map<String, String>> TEST_CARDS =
      List.of(
          choice("pm_card_visa", "Visa ending 4242 (succeeds)"),
          choice("pm_card_mastercard", "Mastercard ending 4444 (succeeds)"),
          choice("pm_card_chargeDeclined", "Visa ending 0002 (declined)"),
          choice(
              "pm_card_chargeDeclinedInsufficientFunds",
              "Visa ending 9995 (declined: insufficient funds)"));

  static final List<Map<String, String>> TEST_ACCOUNTS =
      List.of(
          choice("ba_test_success", "Test Bank account ending 6789 (settles)"),
          choice("ba_test_insufficientFunds", "Test Bank account ending 1113 (fails to settle)"));

  private PageModel() {}

  /** The scope of the invoice template for {@code seen} on {@code today}. */
  static Map<String, Object> invoice(PayerInvoice seen, LocalDate today) {
    ClientInvoice invoice = seen.invoice();
    String currency = invoice.currency() == null ? "USD" : invoice.currency().value();
    Map<String, Object> m = new HashMap<>();
    String member = memberLabel(invoice);
    m.put("memberLabel", member);
    m.put("memberName", invoice.memberName());
    m.put("memberCompany", invoice.memberCompany());
    m.put("memberEmail", invoice.memberEmail());
    m.put("memberAddress", lines(invoice.memberAddress()));
    m.put("logo", logo(invoice.memberLogoUrl()));
    MemberClient client = invoice.memberClient();
    if (client != null) {
      m.put("clientName", client.name());
      m.put("clientCompany", client.company());
      m.put("clientEmail", client.emailTo());
      if (client.client() != null && client.client().profile() != null) {
        MemberProfile profile = client.client().profile();
        m.put("clientAddress", lines(profile.address()));
      }
    }
    m.put("clientLabel", clientLabel(client));
    String number = numberOf(invoice);
    m.put("invoiceNumber", number);
    m.put("heading", "Invoice " + number + " from " + member);
    m.put("title", "Invoice " + number + " from " + member);
    String sentAt = invoice.events() == null ? null : invoice.events().sentAt();
    m.put("issued", date(sentAt != null ? sentAt : invoice.createdAt()));
    m.put("due", date(invoice.dueDate()));
    String status = invoice.status() == null ? "" : invoice.status().value();
    String paidAt = invoice.events() == null ? null : invoice.events().paidAt();
    boolean paid = InvoiceStatus.PAID.value().equals(status);
    if (paid) {
      m.put("paidOn", date(paidAt));
      m.put("paidNotice", true);
    }
    m.put("statusText", statusText(status, invoice.dueDate(), paidAt, today));
    m.put("statusClass", statusClass(status));
    List<Map<String, Object>> items = new ArrayList<>();
    if (invoice.lineItems() != null) {
      for (InvoiceLineItem item : invoice.lineItems()) {
        Map<String, Object> row = new HashMap<>();
        row.put("description", item.description() == null ? "Item" : item.description());
        row.put("detail", item.detail());
        row.put("quantity", plain(item.quantity()));
        row.put("unitPrice", money(item.costPerUnit(), currency));
        row.put("total", money(item.totalCost(), currency));
        items.add(row);
      }
    }
    m.put("lineItems", items);
    m.put("total", money(invoice.amount(), currency));
    m.put("notes", invoice.invoiceNotes());
    boolean cancelled = InvoiceStatus.CANCELLED.value().equals(status);
    boolean payable =
        InvoiceStatus.OPEN.value().equals(status) || InvoiceStatus.OVERDUE.value().equals(status);
    m.put("cancelled", cancelled);
    if (cancelled && invoice.events() != null) {
      m.put("cancelledOn", date(invoice.events().cancelledAt()));
    }
    m.put("inTransit", InvoiceStatus.PAYMENT_IN_TRANSIT.value().equals(status));
    m.put("payable", payable);
    m.put("showFees", payable);
    if (seen.card() != null) {
      m.put("card", amounts(seen.card(), currency));
      m.put("cardTotal", money(seen.card().charged(), currency));
    }
    m.put("cardRefusal", seen.cardRefusal());
    m.put("bank", amounts(seen.bank(), currency));
    m.put("bankTotal", money(seen.bank().charged(), currency));
    m.put("feeNote", feeNote(seen.card(), currency, member));
    if (seen.receipt() != null && paid) {
      m.put("receipt", receipt(seen.receipt(), invoice, currency));
    }
    return m;
  }

  private static Map<String, Object> receipt(Receipt r, ClientInvoice invoice, String invCurrency) {
    String currency = r.currency() == null ? invCurrency : r.currency();
    Map<String, Object> m = amounts(r.amounts(), currency);
    m.put("means", r.means());
    m.put("at", r.at() == null ? "" : DATE.format(r.at().atZone(ZoneOffset.UTC)));
    m.put("method", r.method().equals("card") ? "Card" : "Bank account");
    m.put("invoiceNumber", invoice.invoiceNumber());
    return m;
  }

  private static Map<String, Object> amounts(Amounts a, String currency) {
    Map<String, Object> m = new HashMap<>();
    m.put("amount", money(a.amount(), currency));
    m.put("cardFee", money(a.cardFee(), currency));
    m.put("clientFee", money(a.clientFee(), currency));
    m.put("memberFee", money(a.memberFee(), currency));
    m.put("charged", money(a.charged(), currency));
    m.put("memberNet", money(a.memberNet(), currency));
    return m;
  }

  private static String feeNote(Amounts card, String currency, String member) {
    if (card == null) {
      return "Paying by bank account costs you no fee.";
    }
    if (card.clientFee().signum() == 0) {
      return "The card fee of "
          + money(card.cardFee(), currency)
          + " is paid by "
          + member
          + "; paying by bank account costs no fee.";
    }
    if (card.clientFee().compareTo(card.cardFee()) == 0) {
      return "Paying by card adds the "
          + money(card.cardFee(), currency)
          + " card fee to what you pay; paying by bank account costs no fee.";
    }
    return "Paying by card adds "
        + money(card.clientFee(), currency)
        + " of the "
        + money(card.cardFee(), currency)
        + " card fee to what you pay; paying by bank account costs no fee.";
  }

  static String statusText(String status, String dueDate, String paidAt, LocalDate today) {
    if (InvoiceStatus.OVERDUE.value().equals(status)) {
      long days = 0;
      try {
        days = ChronoUnit.DAYS.between(LocalDate.parse(dueDate), today);
      } catch (DateTimeParseException | NullPointerException e) {
        // no due date to count from
      }
      return "Overdue: " + days + (days == 1 ? " day" : " days") + " overdue";
    }
    if (InvoiceStatus.PAYMENT_IN_TRANSIT.value().equals(status)) {
      return "Payment in transit";
    }
    if (InvoiceStatus.PAID.value().equals(status)) {
      String on = date(paidAt);
      return on == null ? "Paid" : "Paid on " + on;
    }
    return status;
  }

  private static String statusClass(String status) {
    if (InvoiceStatus.OVERDUE.value().equals(status)) {
      return "status-overdue";
    }
    if (InvoiceStatus.PAYMENT_IN_TRANSIT.value().equals(status)) {
      return "status-transit";
    }
    if (InvoiceStatus.PAID.value().equals(status)) {
      return "status-paid";
    }
    if (InvoiceStatus.CANCELLED.value().equals(status)) {
      return "status-cancelled";
    }
    return "status-open";
  }

  /** The invoice's number, or its id before it has one. */
  static String numberOf(ClientInvoice invoice) {
    return invoice.invoiceNumber() == null ? invoice.invoiceId() : invoice.invoiceNumber();
  }

  static String memberLabel(ClientInvoice invoice) {
    if (invoice.memberCompany() != null && !invoice.memberCompany().isBlank()) {
      return invoice.memberCompany();
    }
    if (invoice.memberName() != null && !invoice.memberName().isBlank()) {
      return invoice.memberName();
    }
    return "the member";
  }

  private static String clientLabel(MemberClient client) {
    if (client != null && client.company() != null && !client.company().isBlank()) {
      return client.company();
    }
    if (client != null && client.name() != null && !client.name().isBlank()) {
      return client.name();
    }
    return "the client";
  }

  /** A logo only when it needs no other origin (a data: image); the page loads nothing else. */
  private static String logo(String url) {
    return url != null && url.startsWith("data:image/") ? url : null;
  }

  private static List<String> lines(Address address) {
    List<String> lines = new ArrayList<>();
    if (address == null) {
      return lines;
    }
    add(lines, address.addressLine1());
    add(lines, address.addressLine2());
    StringBuilder city = new StringBuilder();
    for (String part : new String[] {address.city(), address.state(), address.postalCode()}) {
      if (part != null && !part.isBlank()) {
        if (city.length() > 0) {
          city.append(' ');
        }
        city.append(part);
      }
    }
    add(lines, city.toString());
    return lines;
  }

  private static void add(List<String> lines, String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line);
    }
  }

  static String date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return DATE.format(LocalDate.parse(text));
      }
      return DATE.format(Instant.parse(text).atZone(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  static String money(BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    String digits = String.format(Locale.US, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    if ("USD".equals(currency)) {
      return amount.signum() < 0 ? "-$" + digits.substring(1) : "$" + digits;
    }
    return digits + " " + currency;
  }

  private static String plain(BigDecimal number) {
    return number == null ? "" : number.stripTrailingZeros().toPlainString();
  }

  private static Map<String, String> choice(String id, String label) {
    return Map.of("id", id, "label", label);
  }
}
