package app.wingspan.server.invoice;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.CreditFeeHandling;
import app.wingspan.model.Fee;
import app.wingspan.model.InvoiceEvents;
import app.wingspan.model.InvoiceFeeCalculation;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.MemberClient;
import app.wingspan.model.ProcessingFees;
import app.wingspan.server.error.ErrorCodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The client-invoice rules: creating Draft invoices, applying PATCHes (status and fee handling),
 * the Overdue reading, and the card fee. Pure functions of their arguments: no I/O, no clock (time
 * comes in as {@code now} and {@code today}), no state beyond the fee schedule. Thread-safe.
 *
 * <p>Every refusal is an {@link InvoiceRuleException}, thrown before anything is built: a refused
 * request changes nothing. Bad input (422) is reported before a state conflict (409), so a caller
 * fixes its request first.
 *
 * <p>Timestamps written are ISO-8601 UTC with milliseconds, e.g. {@code 2026-11-24T06:16:39.000Z}.
 */
public final class InvoiceRules {

  private final FeeSchedule schedule;

  /** Rules charging card fees by {@code schedule}. */
  public InvoiceRules(FeeSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
  }

  /**
   * Checks a create request on its own (everything {@link #draft} checks that needs no
   * relationship), so the server can refuse a bad request before looking up or creating accounts.
   *
   * @throws InvoiceRuleException INVALID naming the first offending field
   */
  public void validate(ClientInvoiceCreateRequest request) {
    CreateRequestCheck.check(request);
  }

  /**
   * A new Draft invoice from a create request.
   *
   * <p>Checks, in wire order: {@code memberId} and {@code clientEmail} present, {@code clientEmail}
   * and each {@code clientEmailCC[i]} an email address, {@code dueDate} a calendar date {@code
   * yyyy-MM-dd} (a past date is allowed), {@code currency} USD (the default when absent or null) or
   * CAD, at least one line item, each line's numbers, {@code creditFeeHandling} by the same rules
   * as PATCH (applied to the default). Then, against the relationship: the member is not the client
   * itself.
   *
   * <p>A line's {@code totalCost} is {@code costPerUnit x quantity} rounded once to cents, half-up;
   * {@code quantity} defaults to 1 and may be fractional (hours); a given {@code totalCost} must
   * equal that figure by value (10 equals 10.00). A line with {@code totalCost} alone is a flat
   * amount: quantity 1 and a unit price equal to the total. Numbers are non-negative, below 10^15,
   * unit prices and quantities with at most 10 decimals, totals with at most 2; {@code discount} is
   * refused (its effect on the total is not defined here). {@code amount} is the sum of the rounded
   * line totals.
   *
   * <p>The document starts in Draft with an empty {@code invoiceNumber}, no events, {@code
   * createdAt} = {@code updatedAt} = now, {@code processingFees.creditCardFee} = the client's share
   * of the card fee, and every field the wire contract requires filled (see RULES.md for the value
   * of each).
   *
   * @param request the decoded create request
   * @param relationship the member-client relationship; its member must be {@code
   *     request.memberId()}
   * @param invoiceId the new invoice's id
   * @param now the creation time
   * @throws InvoiceRuleException INVALID naming the first offending field
   * @throws IllegalArgumentException if the relationship's member is not the request's member
   */
  public ClientInvoice draft(
      ClientInvoiceCreateRequest request,
      Relationship relationship,
      String invoiceId,
      Instant now) {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(now, "now");
    return Drafts.draft(CreateRequestCheck.check(request), relationship, invoiceId, now, schedule);
  }

  /**
   * Applies a PATCH (the client is the caller) to the stored document.
   *
   * <p>{@code status}: absent, null, the current status (as seen or as stored) change nothing.
   * Otherwise the allowed moves are Draft to Open (sets {@code events.sentAt}, {@code
   * events.openedAt} if unset, and the next {@code invoiceNumber} of the member if the invoice has
   * none), Draft/Open/Overdue/Pending to Cancelled ({@code events.cancelledAt}), Open/Overdue to
   * Paid, marked paid outside the platform ({@code events.markedPaidAt} and {@code events.paidAt}).
   * Overdue, Pending and PaymentInTransit are set by the system only; Paid and Cancelled are final;
   * nothing returns to Draft. Open asked of an invoice that reads Overdue is no change: it is Open,
   * and a retried send must not fail because the due date passed meanwhile.
   *
   * <p>{@code creditFeeHandling}: a JSON merge patch, see {@link FeeHandling}; it may change only
   * while the invoice is Draft, Open, Overdue or Pending (judged before the patch's own status
   * change), except that a patch leaving it as it is counts as no change in any status. When it
   * changes, the client's card fee in {@code processingFees.creditCardFee} is recomputed (amount
   * and calculatedAt, only if the amount changes).
   *
   * <p>When anything changes, {@code updatedAt} becomes {@code now}; no other field is touched.
   *
   * @param stored the stored document (status never Overdue)
   * @param patch the decoded PATCH body
   * @param now the time of the change
   * @param today the date deciding whether an Open invoice reads Overdue
   * @param numbers called only when the invoice leaves Draft for Open without a number
   * @return the document to store and the changed fields; the same document and no changes for a
   *     no-op
   * @throws InvoiceRuleException INVALID (422) for a bad value, CONFLICT (409) for a refused change
   */
  public Update apply(
      ClientInvoice stored,
      ClientInvoiceUpdateRequest patch,
      Instant now,
      LocalDate today,
      InvoiceNumbers numbers) {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(patch, "patch");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(numbers, "numbers");
    InvoiceStatus storedStatus =
        Objects.requireNonNull(stored.status(), "stored invoice has no status");
    InvoiceStatus seen = seenStatus(stored, today);

    InvoiceStatus requested = Tristate.value(patch.status());
    if (requested != null) {
      StatusRules.requireKnown(requested);
    }
    CreditFeeHandling fees =
        FeeHandling.resolve(stored.creditFeeHandling(), patch.creditFeeHandling());
    boolean feesChange = !FeeHandling.unchanged(stored.creditFeeHandling(), fees);
    Optional<InvoiceStatus> target =
        requested == null ? Optional.empty() : StatusRules.target(storedStatus, seen, requested);
    if (feesChange && !StatusRules.FEES_EDITABLE.contains(seen)) {
      throw InvoiceRuleException.conflict(
          ErrorCodes.INVOICE_NOT_EDITABLE,
          FeeHandling.FIELD,
          "creditFeeHandling cannot change on a "
              + seen
              + " invoice; it can change only while the invoice is Draft, Open, Overdue or Pending");
    }
    if (target.isEmpty() && !feesChange) {
      return new Update(stored, List.of());
    }

    String at = Timestamps.format(now);
    ClientInvoice.Builder next = stored.toBuilder();
    List<FieldChange> changes = new ArrayList<>();
    target.ifPresent(to -> moveTo(stored, to, at, numbers, next, changes));
    if (feesChange) {
      next.creditFeeHandling(fees);
      changes.add(new FieldChange("creditFeeHandling", stored.creditFeeHandling(), fees));
      recomputeCardFee(stored, fees, at, next, changes);
    }
    next.updatedAt(at);
    changes.add(new FieldChange("updatedAt", stored.updatedAt(), at));
    return new Update(next.build(), changes);
  }

  /**
   * True when {@code patch} may send {@code stored} (ask for Open) while it has no number yet: then
   * {@link #apply} may take the member's next number, which only a writer holding the row's lock
   * can give (numbers stay gapless). False means {@code apply} will not ask for one.
   */
  public boolean mayNeedNumber(ClientInvoice stored, ClientInvoiceUpdateRequest patch) {
    return InvoiceStatus.OPEN.equals(Tristate.value(patch.status()))
        && (stored.invoiceNumber() == null || stored.invoiceNumber().isBlank());
  }

  private static void moveTo(
      ClientInvoice stored,
      InvoiceStatus to,
      String at,
      InvoiceNumbers numbers,
      ClientInvoice.Builder next,
      List<FieldChange> changes) {
    InvoiceEvents events =
        stored.events() == null ? InvoiceEvents.builder().build() : stored.events();
    InvoiceEvents.Builder nextEvents = events.toBuilder();
    List<FieldChange> eventChanges = new ArrayList<>();
    next.status(to);
    changes.add(new FieldChange("status", stored.status().value(), to.value()));
    if (to.equals(InvoiceStatus.OPEN)) {
      eventChanges.add(new FieldChange("events.sentAt", events.sentAt(), at));
      nextEvents.sentAt(at);
      if (events.openedAt() == null) {
        eventChanges.add(new FieldChange("events.openedAt", null, at));
        nextEvents.openedAt(at);
      }
      if (stored.invoiceNumber() == null || stored.invoiceNumber().isBlank()) {
        String number = numbers.next(memberId(stored));
        if (number == null || number.isBlank()) {
          throw new IllegalStateException("InvoiceNumbers.next returned no number");
        }
        next.invoiceNumber(number);
        changes.add(new FieldChange("invoiceNumber", stored.invoiceNumber(), number));
      }
    } else if (to.equals(InvoiceStatus.CANCELLED)) {
      eventChanges.add(new FieldChange("events.cancelledAt", events.cancelledAt(), at));
      nextEvents.cancelledAt(at);
    } else if (to.equals(InvoiceStatus.PAID)) {
      eventChanges.add(new FieldChange("events.markedPaidAt", events.markedPaidAt(), at));
      eventChanges.add(new FieldChange("events.paidAt", events.paidAt(), at));
      nextEvents.markedPaidAt(at).paidAt(at);
    }
    next.events(nextEvents.build());
    changes.addAll(eventChanges);
  }

  private static String memberId(ClientInvoice stored) {
    MemberClient memberClient = stored.memberClient();
    if (memberClient == null || memberClient.memberId() == null) {
      throw new IllegalStateException(
          "stored invoice " + stored.invoiceId() + " has no memberClient.memberId");
    }
    return memberClient.memberId();
  }

  private void recomputeCardFee(
      ClientInvoice stored,
      CreditFeeHandling fees,
      String at,
      ClientInvoice.Builder next,
      List<FieldChange> changes) {
    BigDecimal fee = CardFees.split(schedule, stored.amount(), fees).clientShare();
    ProcessingFees processing = stored.processingFees();
    Fee current = processing == null ? null : processing.creditCardFee();
    BigDecimal currentAmount = current == null ? null : current.amount();
    if (currentAmount != null && currentAmount.compareTo(fee) == 0) {
      return;
    }
    Fee instantPayoutFee = processing == null ? null : processing.instantPayoutFee();
    next.processingFees(new ProcessingFees(new Fee(fee, at), instantPayoutFee));
    changes.add(new FieldChange("processingFees.creditCardFee.amount", currentAmount, fee));
    changes.add(
        new FieldChange(
            "processingFees.creditCardFee.calculatedAt",
            current == null ? null : current.calculatedAt(),
            at));
  }

  /**
   * The document as a caller sees it on {@code today}: an Open invoice whose {@code dueDate} is
   * before {@code today} reads as Overdue (and reads as Open again once its due date is today or
   * later). Nothing else differs. Returns the same instance when nothing differs.
   */
  public ClientInvoice asSeen(ClientInvoice stored, LocalDate today) {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(today, "today");
    InvoiceStatus seen = seenStatus(stored, today);
    return Objects.equals(seen, stored.status()) ? stored : stored.toBuilder().status(seen).build();
  }

  private static InvoiceStatus seenStatus(ClientInvoice stored, LocalDate today) {
    if (InvoiceStatus.OPEN.equals(stored.status()) && stored.dueDate() != null) {
      try {
        if (LocalDate.parse(stored.dueDate()).isBefore(today)) {
          return InvoiceStatus.OVERDUE;
        }
      } catch (DateTimeParseException e) {
        return stored.status(); // a date that does not parse never makes an invoice overdue
      }
    }
    return stored.status();
  }

  /**
   * The client's share of the card fee on this invoice ({@code creditFeeTotal}), by this schedule:
   * see {@link #feeSplit}.
   */
  public InvoiceFeeCalculation fees(ClientInvoice invoice) {
    return new InvoiceFeeCalculation(feeSplit(invoice).clientShare());
  }

  /**
   * The card fee on the invoice amount and its split. The fee is the schedule's ({@code percent}%
   * of the amount plus {@code fixed}), not grossed up. The client's share is that fee x {@code
   * clientPays}/100, or {@code clientAbsolutePercentage}% of the amount, or 0 by default; rounded
   * to cents half-up. The member's share is the exact remainder. A zero amount has no card payment
   * and so no fee at all (not even the fixed part).
   */
  public FeeSplit feeSplit(ClientInvoice invoice) {
    Objects.requireNonNull(invoice, "invoice");
    return CardFees.split(schedule, invoice.amount(), invoice.creditFeeHandling());
  }
}
