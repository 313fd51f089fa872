package app.wingspan.server.invoice;

import static app.wingspan.model.InvoiceStatus.CANCELLED;
import static app.wingspan.model.InvoiceStatus.DRAFT;
import static app.wingspan.model.InvoiceStatus.OPEN;
import static app.wingspan.model.InvoiceStatus.OVERDUE;
import static app.wingspan.model.InvoiceStatus.PAID;
import static app.wingspan.model.InvoiceStatus.PAYMENT_IN_TRANSIT;
import static app.wingspan.model.InvoiceStatus.PENDING;

import app.wingspan.model.InvoiceStatus;
import app.wingspan.server.error.ErrorCodes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which status a client may set through PATCH, from which status. Everything is judged on the
 * status as the caller sees it ({@link InvoiceRules#asSeen}), so an Open invoice past its due date
 * moves like an Overdue one.
 */
final class StatusRules {

  /** Moves a client may make. Anything else is refused. */
  private static final Map<InvoiceStatus, Set<InvoiceStatus>> ALLOWED =
      Map.of(
          DRAFT, Set.of(OPEN, CANCELLED),
          OPEN, Set.of(CANCELLED, PAID),
          OVERDUE, Set.of(CANCELLED, PAID),
          PENDING, Set.of(CANCELLED));

  /**
   * Statuses only the system sets: Overdue by the calendar, Pending and PaymentInTransit by the
   * payment flow.
   */
  static final Set<InvoiceStatus> SYSTEM_ONLY = Set.of(OVERDUE, PENDING, PAYMENT_IN_TRANSIT);

  /** Statuses nothing leaves. */
  static final Set<InvoiceStatus> FINAL = Set.of(PAID, CANCELLED);

  /** Statuses in which {@code creditFeeHandling} may still change. */
  static final Set<InvoiceStatus> FEES_EDITABLE = Set.of(DRAFT, PENDING, OPEN, OVERDUE);

  private StatusRules() {}

  /**
   * The status to store for a requested one, or empty when the request changes nothing.
   *
   * @param stored the stored status (never Overdue)
   * @param seen the status the caller sees (Overdue for an Open invoice past due)
   * @param requested the requested status, not null
   * @throws InvoiceRuleException INVALID for a status this server does not know, CONFLICT for a
   *     refused move
   */
  static Optional<InvoiceStatus> target(
      InvoiceStatus stored, InvoiceStatus seen, InvoiceStatus requested) {
    requireKnown(requested);
    // Same status: nothing to do. Asking Open of an Open invoice that reads Overdue is the same
    // case: it is Open,
    // and a retried "send" (Draft -> Open) must not fail just because the due date has passed
    // since.
    if (requested.equals(seen) || requested.equals(stored)) {
      return Optional.empty();
    }
    if (ALLOWED.getOrDefault(seen, Set.of()).contains(requested)) {
      return Optional.of(requested);
    }
    throw InvoiceRuleException.conflict(
        ErrorCodes.INVALID_STATUS_TRANSITION,
        "status",
        "cannot change status from " + seen + " to " + requested + reason(seen, requested));
  }

  /** Refuses a status value this server does not know (INVALID naming {@code status}). */
  static void requireKnown(InvoiceStatus requested) {
    if (!requested.isKnown()) {
      throw InvoiceRuleException.invalid(
          "status",
          "status '"
              + Texts.quote(requested.value())
              + "' is not a known invoice status; a client may set Open, Cancelled or Paid");
    }
  }

  private static String reason(InvoiceStatus from, InvoiceStatus to) {
    if (FINAL.contains(from)) {
      return ": " + from + " is final";
    }
    if (SYSTEM_ONLY.contains(to)) {
      return ": " + to + " is set by the system";
    }
    if (to.equals(DRAFT)) {
      return ": an invoice never returns to Draft";
    }
    if (from.equals(PAYMENT_IN_TRANSIT)) {
      return ": a payment is in transit";
    }
    if (to.equals(PAID)) {
      return ": only an Open or Overdue invoice can be marked paid";
    }
    if (!from.isKnown()) {
      return ": the current status is not one this server knows";
    }
    return ": " + from + " changes only through the system or by cancelling";
  }
}
