package app.wingspan.server.invoice;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.Fee;
import app.wingspan.model.Fees;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PaymentInfo;
import app.wingspan.server.error.ErrorCodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What paying does to an invoice document: who may pay, the money of a payment, and each step's
 * changes (a card charged or declined, a bank debit started, settled or failed). Pure, like {@link
 * InvoiceRules}: no I/O, time comes in as {@code now}. Every step returns an {@link Update} whose
 * changes name the wire fields touched, for the invoice's history; {@code updatedAt} changes with
 * every step.
 */
public final class PaymentRules {

  private final InvoiceRules rules;

  public PaymentRules(InvoiceRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Refuses to pay an invoice that does not read Open or Overdue on {@code today}, or that has
   * nothing to pay.
   *
   * @throws InvoiceRuleException CONFLICT {@link ErrorCodes#ALREADY_PAID} (PaymentInTransit, Paid)
   *     or {@link ErrorCodes#INVOICE_NOT_PAYABLE} (any other status, or a zero amount), the message
   *     saying why
   */
  public void requirePayable(ClientInvoice stored, LocalDate today) {
    InvoiceStatus seen = rules.asSeen(stored, today).status();
    if (InvoiceStatus.PAID.equals(seen) || InvoiceStatus.PAYMENT_IN_TRANSIT.equals(seen)) {
      throw InvoiceRuleException.conflict(
          ErrorCodes.ALREADY_PAID,
          null,
          InvoiceStatus.PAID.equals(seen)
              ? "the invoice is Paid already"
              : "the invoice is PaymentInTransit: a payment is already under way");
    }
    if (!InvoiceStatus.OPEN.equals(seen) && !InvoiceStatus.OVERDUE.equals(seen)) {
      throw InvoiceRuleException.conflict(
          ErrorCodes.INVOICE_NOT_PAYABLE,
          null,
          "only an Open or Overdue invoice can be paid; this one is " + seen + reason(seen));
    }
    if (stored.amount() == null || stored.amount().signum() <= 0) {
      throw InvoiceRuleException.conflict(
          ErrorCodes.INVOICE_NOT_PAYABLE,
          null,
          "the invoice amount is 0.00: there is nothing to pay (mark it paid with PATCH {\"status\":\"Paid\"})");
    }
  }

  private static String reason(InvoiceStatus seen) {
    if (InvoiceStatus.DRAFT.equals(seen)) {
      return " (send it first: PATCH {\"status\":\"Open\"})";
    }
    if (InvoiceStatus.PENDING.equals(seen)) {
      return " (it awaits approval)";
    }
    if (InvoiceStatus.CANCELLED.equals(seen)) {
      return " (cancelled invoices are final)";
    }
    return "";
  }

  /**
   * The money of a card payment: the client pays the amount plus its share of the card fee, exactly
   * as {@link InvoiceRules#fees} computes it; the member nets the amount minus its share.
   *
   * @throws InvoiceRuleException INVALID naming {@code paymentMethodId} when the member's share of
   *     the card fee exceeds the amount (a tiny invoice): a card payment would leave the member
   *     owing money
   */
  public PaymentAmounts card(ClientInvoice stored) {
    PaymentAmounts amounts = PaymentAmounts.card(stored.amount(), rules.feeSplit(stored));
    if (amounts.memberNet().signum() < 0) {
      throw InvoiceRuleException.invalid(
          "paymentMethodId",
          "a card payment of "
              + amounts.amount().toPlainString()
              + " would cost the member "
              + amounts.memberFee().toPlainString()
              + " in card fees, more than the amount; pay by bank account"
              + " (accountId or plaidPublicToken) instead");
    }
    return amounts;
  }

  /** The money of a bank debit (ACH): the amount, no card fee. */
  public PaymentAmounts ach(ClientInvoice stored) {
    return PaymentAmounts.ach(stored.amount());
  }

  /**
   * A card charged at once: status Paid, {@code events.paymentInTransitAt} and {@code
   * events.paidAt} now, {@code chargedFees.processingFee} the card fee charged, {@code paymentInfo}
   * the card.
   */
  public Update cardCharged(
      ClientInvoice stored, PaymentAmounts amounts, PaymentInfo card, Instant now) {
    String at = Timestamps.format(now);
    Steps steps = new Steps(stored);
    steps.status(InvoiceStatus.PAID);
    steps.events.paymentInTransitAt(at).paidAt(at);
    steps.change("events.paymentInTransitAt", steps.before.paymentInTransitAt(), at);
    steps.change("events.paidAt", steps.before.paidAt(), at);
    steps.charged(amounts.cardFee(), at);
    steps.paymentInfo(card);
    return steps.done(at);
  }

  /**
   * A card declined: the status stays, {@code events.paymentFailedAt} gets {@code now} appended.
   */
  public Update cardDeclined(ClientInvoice stored, Instant now) {
    String at = Timestamps.format(now);
    Steps steps = new Steps(stored);
    steps.paymentFailed(at);
    return steps.done(at);
  }

  /**
   * A bank debit started: status PaymentInTransit, {@code events.paymentInTransitAt} now, {@code
   * events.estimatedDepositAt} when the debit should settle, {@code chargedFees.processingFee} 0.00
   * (no card fee), {@code paymentInfo} the bank account.
   */
  public Update debitStarted(
      ClientInvoice stored, PaymentInfo account, Instant now, Instant estimatedDeposit) {
    String at = Timestamps.format(now);
    String deposit = Timestamps.format(estimatedDeposit);
    Steps steps = new Steps(stored);
    steps.status(InvoiceStatus.PAYMENT_IN_TRANSIT);
    steps.events.paymentInTransitAt(at).estimatedDepositAt(deposit);
    steps.change("events.paymentInTransitAt", steps.before.paymentInTransitAt(), at);
    steps.change("events.estimatedDepositAt", steps.before.estimatedDepositAt(), deposit);
    steps.charged(Money.cents(BigDecimal.ZERO), at);
    steps.paymentInfo(account);
    return steps.done(at);
  }

  /**
   * A bank debit settled: status Paid, {@code events.paidAt} and {@code events.depositedAt} now.
   */
  public Update debitSettled(ClientInvoice stored, Instant now) {
    requireInTransit(stored);
    String at = Timestamps.format(now);
    Steps steps = new Steps(stored);
    steps.status(InvoiceStatus.PAID);
    steps.events.paidAt(at).depositedAt(at);
    steps.change("events.paidAt", steps.before.paidAt(), at);
    steps.change("events.depositedAt", steps.before.depositedAt(), at);
    return steps.done(at);
  }

  /**
   * A bank debit failed: status Open again (it reads Overdue if past due), {@code
   * events.paymentFailedAt} gets {@code now} appended, and what described the failed payment is
   * removed ({@code events.estimatedDepositAt}, {@code chargedFees}, {@code paymentInfo}); {@code
   * events.paymentInTransitAt} stays as a record of the attempt.
   */
  public Update debitFailed(ClientInvoice stored, Instant now) {
    requireInTransit(stored);
    String at = Timestamps.format(now);
    Steps steps = new Steps(stored);
    steps.status(InvoiceStatus.OPEN);
    steps.paymentFailed(at);
    steps.events.estimatedDepositAt(null);
    steps.change("events.estimatedDepositAt", steps.before.estimatedDepositAt(), null);
    steps.next.chargedFees(null).paymentInfo(null);
    steps.change("chargedFees", stored.chargedFees(), null);
    steps.change("paymentInfo", stored.paymentInfo(), null);
    return steps.done(at);
  }

  private static void requireInTransit(ClientInvoice stored) {
    if (!InvoiceStatus.PAYMENT_IN_TRANSIT.equals(stored.status())) {
      throw new IllegalStateException(
          "invoice "
              + stored.invoiceId()
              + " is "
              + stored.status()
              + ", not PaymentInTransit, at settlement");
    }
  }

  /** One step's edits of a document and the changes they make, in order. */
  private static final class Steps {
    final ClientInvoice stored;
    final InvoiceEvents before;
    final InvoiceEvents.Builder events;
    final ClientInvoice.Builder next;
    final List<FieldChange> statusChanges = new ArrayList<>();
    final List<FieldChange> changes = new ArrayList<>();

    Steps(ClientInvoice stored) {
      this.stored = stored;
      this.before = stored.events() == null ? InvoiceEvents.builder().build() : stored.events();
      this.events = before.toBuilder();
      this.next = stored.toBuilder();
    }

    void status(InvoiceStatus to) {
      next.status(to);
      statusChanges.add(new FieldChange("status", stored.status().value(), to.value()));
    }

    void change(String field, Object before, Object after) {
      changes.add(new FieldChange(field, before, after));
    }

    void paymentFailed(String at) {
      List<String> failed =
          new ArrayList<>(before.paymentFailedAt() == null ? List.of() : before.paymentFailedAt());
      failed.add(at);
      events.paymentFailedAt(failed);
      change("events.paymentFailedAt", before.paymentFailedAt(), List.copyOf(failed));
    }

    void charged(BigDecimal fee, String at) {
      Fees current = stored.chargedFees();
      Fee processing = new Fee(fee, at);
      next.chargedFees(new Fees(current == null ? null : current.lateFee(), processing));
      change(
          "chargedFees.processingFee",
          current == null ? null : current.processingFee(),
          processing);
    }

    void paymentInfo(PaymentInfo info) {
      next.paymentInfo(info);
      change("paymentInfo", stored.paymentInfo(), info);
    }

    Update done(String at) {
      next.events(events.build());
      next.updatedAt(at);
      List<FieldChange> all = new ArrayList<>(statusChanges);
      all.addAll(changes);
      all.add(new FieldChange("updatedAt", stored.updatedAt(), at));
      return new Update(next.build(), all);
    }
  }
}
