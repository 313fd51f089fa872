package app.wingspan.server.invoice;

import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.Currency;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The checks of a create request, field by field in wire order, and the line arithmetic: what a
 * request must be before {@link Drafts} assembles its document. The first violation is thrown.
 */
final class CreateRequestCheck {
  /**
   * An addr-spec as mail headers carry it: a dot-atom local part (RFC 5322 atext, no quotes,
   * commas, angle brackets or controls, any of which could split or rewrite a header) at a host
   * name of two or more labels.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private static final int EMAIL_MAX = 254;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A create request that passed every check, with its derived values. */
  record Checked(
      ClientInvoiceCreateRequest request,
      List<String> emailCC,
      Currency currency,
      List<Line> lines,
      BigDecimal amount,
      CreditFeeHandling creditFeeHandling) {}

  /** One line's settled figures. */
  record Line(BigDecimal costPerUnit, BigDecimal quantity, BigDecimal totalCost) {}

  /** Checks a create request, field by field in wire order; the first violation is thrown. */
  static Checked check(ClientInvoiceCreateRequest request) {
    if (request == null) {
      throw InvoiceRuleException.invalid(null, "the request body is required");
    }
    required("memberId", request.memberId());
    required("clientEmail", request.clientEmail());
    email("clientEmail", request.clientEmail());
    List<String> emailCC = emailCC(request.clientEmailCC());
    oneLine("clientCompany", Tristate.value(request.clientCompany()));
    oneLine("clientFirstName", Tristate.value(request.clientFirstName()));
    oneLine("clientLastName", Tristate.value(request.clientLastName()));
    dueDate(request.dueDate());
    Currency currency = currency(request.currency());
    List<InvoiceLineItemsCreateRequest> items = request.lineItems();
    if (items == null || items.isEmpty()) {
      throw InvoiceRuleException.invalid("lineItems", "lineItems needs at least one line item");
    }
    List<Line> lines = new ArrayList<>(items.size());
    BigDecimal amount = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < items.size(); i++) {
      Line line = line(i, items.get(i));
      lines.add(line);
      amount = amount.add(line.totalCost());
    }
    if (!Money.withinLimit(amount)) {
      throw InvoiceRuleException.invalid(
          "lineItems",
          "the invoice amount (the sum of the line totals, "
              + Texts.number(amount)
              + ") must be less than 1000000000000000, like each number in it");
    }
    CreditFeeHandling fees = FeeHandling.resolve(null, request.creditFeeHandling());
    return new Checked(request, emailCC, currency, List.copyOf(lines), amount, fees);
  }

  /** Names reach emails: a line break or other control character in one is refused. */
  private static void oneLine(String field, String value) {
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      throw InvoiceRuleException.invalid(
          field,
          field
              + " must be one line of text without control characters, got '"
              + Texts.quote(value)
              + "'");
    }
  }

  private static void required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvoiceRuleException.invalid(field, field + " is required");
    }
  }

  private static void email(String field, String value) {
    if (value == null || value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
      throw InvoiceRuleException.invalid(
          field,
          field
              + " must be an email address like name@example.com, got '"
              + Texts.quote(value)
              + "'");
    }
  }

  private static List<String> emailCC(JsonNullable<List<String>> field) {
    List<String> emails = Tristate.value(field);
    if (emails == null) {
      return List.of();
    }
    for (int i = 0; i < emails.size(); i++) {
      email("clientEmailCC[" + i + "]", emails.get(i));
    }
    return List.copyOf(emails);
  }

  private static void dueDate(String dueDate) {
    required("dueDate", dueDate);
    try {
      if (ISO_DATE.matcher(dueDate).matches()) {
        LocalDate.parse(dueDate);
        return;
      }
    } catch (DateTimeParseException e) {
      // falls through to the one message for every bad date
    }
    throw InvoiceRuleException.invalid(
        "dueDate",
        "dueDate must be a calendar date yyyy-MM-dd, got '" + Texts.quote(dueDate) + "'");
  }

  private static Currency currency(JsonNullable<Currency> field) {
    Currency currency = Tristate.value(field);
    if (currency == null) {
      return Currency.USD;
    }
    if (!currency.isKnown()) {
      throw InvoiceRuleException.invalid(
          "currency", "currency must be USD or CAD, got '" + Texts.quote(currency.value()) + "'");
    }
    return currency;
  }

  /** Settles one line: its unit price, quantity and total rounded once to cents. */
  static Line line(int index, InvoiceLineItemsCreateRequest item) {
    String at = "lineItems[" + index + "]";
    if (item == null) {
      throw InvoiceRuleException.invalid(at, at + " is null; each line item is an object");
    }
    BigDecimal costPerUnit =
        number(at, "costPerUnit", Tristate.value(item.costPerUnit()), Money.MAX_DECIMALS);
    BigDecimal quantity =
        number(at, "quantity", Tristate.value(item.quantity()), Money.MAX_DECIMALS);
    BigDecimal totalCost = number(at, "totalCost", Tristate.value(item.totalCost()), 2);
    if (Tristate.value(item.discount()) != null) {
      throw InvoiceRuleException.invalid(
          at + ".discount",
          at
              + ".discount is not supported; "
              + "put the discounted price in costPerUnit or totalCost");
    }
    Map<String, String> labels = Tristate.value(item.labels());
    if (labels != null) {
      labels.forEach(
          (key, label) -> {
            if (label == null) {
              throw InvoiceRuleException.invalid(
                  at + ".labels." + key,
                  at + ".labels." + Texts.quote(key) + " must be a string, got null");
            }
          });
    }
    if (costPerUnit == null) {
      if (totalCost == null) {
        throw InvoiceRuleException.invalid(
            at + ".costPerUnit",
            at + ".costPerUnit is required (or totalCost alone, for a flat amount)");
      }
      if (quantity != null && quantity.compareTo(BigDecimal.ONE) != 0) {
        throw InvoiceRuleException.invalid(
            at + ".costPerUnit",
            at
                + ".costPerUnit is required when quantity ("
                + Texts.number(quantity)
                + ") is given; totalCost alone is a flat amount of quantity 1");
      }
      BigDecimal flat = Money.cents(totalCost);
      return new Line(flat, BigDecimal.ONE, flat);
    }
    BigDecimal units = quantity == null ? BigDecimal.ONE : quantity;
    BigDecimal computed = Money.cents(costPerUnit.multiply(units));
    if (!Money.withinLimit(computed)) {
      throw InvoiceRuleException.invalid(
          at + ".totalCost",
          at
              + ".totalCost = costPerUnit x quantity = "
              + Texts.number(costPerUnit)
              + " x "
              + Texts.number(units)
              + " must be less than 1000000000000000");
    }
    if (totalCost != null && totalCost.compareTo(computed) != 0) {
      throw InvoiceRuleException.invalid(
          at + ".totalCost",
          at
              + ".totalCost "
              + Texts.number(totalCost)
              + " does not match costPerUnit x quantity = "
              + Texts.number(costPerUnit)
              + " x "
              + Texts.number(units)
              + " = "
              + computed.toPlainString()
              + " (rounded to cents, half-up)");
    }
    return new Line(costPerUnit, units, computed);
  }

  private static BigDecimal number(String at, String name, BigDecimal value, int maxDecimals) {
    if (value == null) {
      return null;
    }
    String field = at + "." + name;
    if (value.signum() < 0) {
      throw InvoiceRuleException.invalid(
          field, field + " must not be negative, got " + Texts.number(value));
    }
    if (!Money.withinLimit(value)) {
      throw InvoiceRuleException.invalid(
          field, field + " must be less than 1000000000000000, got " + Texts.number(value));
    }
    if (Money.decimals(value) > maxDecimals) {
      throw InvoiceRuleException.invalid(
          field, field + " has at most " + maxDecimals + " decimals, got " + Texts.number(value));
    }
    return value;
  }

  private CreateRequestCheck() {}
}
