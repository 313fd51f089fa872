package app.wingspan.server.service;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.PayRequest;
import app.wingspan.model.PaymentInfo;
import app.wingspan.model.PaymentMeansType;
import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.invoice.PaymentAmounts;
import app.wingspan.server.invoice.PaymentRules;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.payment.PaymentProcessor;
import app.wingspan.server.payment.PaymentProcessor.Instrument;
import app.wingspan.server.payment.PaymentProcessor.PaymentSource;
import app.wingspan.server.payment.UnknownPaymentMethodException;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.IdempotencyKey;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.PaymentRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import java.time.Duration;
import java.time.Instant;

/**
 * Paying an invoice: a card is charged at once, a bank account is debited and settles later (its
 * settlement is durable work, scheduled in the pay's transaction). The payment row, the
 * settlement's schedule and the invoice's next version are written in one transaction, through the
 * one write path.
 */
public final class InvoicePayments {
  private final Store store;
  private final InvoiceRules rules;
  private final PaymentRules paymentRules;
  private final ServiceClock clock;
  private final InvoiceDocuments.Decoded decoded;
  private final InvoiceWriter writer;
  private final Idempotency idempotency;
  private final InvoiceQueries queries;
  private final Settings settings;

  /**
   * What paying needs beyond the store: the processor, how long a bank debit takes to settle, and
   * where a started debit's settlement is scheduled.
   */
  public record Settings(
      PaymentProcessor processor, Duration achSettlementDelay, Settlements settlements) {}

  /** Where a pay that starts a bank debit schedules the debit's settlement. */
  public interface Settlements {
    /**
     * Schedules the settlement of {@code paymentId} at {@code due}, inside {@code tx}: it exists if
     * and only if the pay commits.
     */
    void schedule(Transaction tx, String paymentId, Instant due);

    /** Told once the pay has committed (a hint: look at {@code due}, not at the next poll). */
    void committed(Instant due);
  }

  InvoicePayments(
      Store store,
      InvoiceRules rules,
      ServiceClock clock,
      InvoiceDocuments.Decoded decoded,
      InvoiceWriter writer,
      Idempotency idempotency,
      InvoiceQueries queries,
      Settings settings) {
    this.store = store;
    this.rules = rules;
    this.paymentRules = new PaymentRules(rules);
    this.clock = clock;
    this.decoded = decoded;
    this.writer = writer;
    this.idempotency = idempotency;
    this.queries = queries;
    this.settings = settings;
  }

  /** True when payments run in test mode: no real money moves, and responses say so. */
  public boolean inTestMode() {
    return settings != null && settings.processor().testMode();
  }

  /**
   * Pays the invoice as {@code request} says: a card ({@code paymentMethodId}) is charged at once,
   * a bank account ({@code accountId}, or {@code plaidPublicToken} for one linked just now) is
   * debited and settles later. A declined card is recorded (the attempt, {@code
   * events.paymentFailedAt}) and then refused with 402. With an idempotency key, the first answer
   * (200 or 402) is recorded with the payment and replayed to retries.
   *
   * @throws ProblemException 404 for an invoice the caller cannot see, 501 without a processor, 422
   *     for a bad request or an unknown payment method, 402 for a declined card, 409 for an
   *     idempotency key in use
   * @throws app.wingspan.server.invoice.InvoiceRuleException 409 when the invoice cannot be paid
   */
  public Recorded pay(
      Account caller,
      String invoiceId,
      PayRequest request,
      IdempotencyKey key,
      byte[] requestBody) {
    // The same visibility as every route, before anything about the request.
    queries.getInvoice(caller, invoiceId);
    if (settings == null) {
      throw new ProblemException(
          501,
          ErrorCodes.NOT_IMPLEMENTED,
          null,
          "paying invoices is not enabled on this server (--payment-processor=none)");
    }
    PaymentSource source = PaySources.of(request);
    Instrument instrument;
    try {
      instrument = settings.processor().instrument(source);
    } catch (UnknownPaymentMethodException e) {
      throw new ProblemException(
          422, ErrorCodes.UNKNOWN_PAYMENT_METHOD, PaySources.field(source.kind()), e.getMessage());
    }
    Outcome outcome =
        idempotency.once(
            key,
            requestBody,
            first -> new Outcome(first, null, null),
            () -> store.inTransaction(tx -> payIn(tx, caller, invoiceId, instrument, key)));
    if (outcome.debitDue() != null) {
      settings.settlements().committed(outcome.debitDue());
    }
    if (outcome.declineReason() != null) {
      throw declined(outcome.declineReason());
    }
    return outcome.recorded();
  }

  private record Outcome(Recorded recorded, String declineReason, Instant debitDue) {}

  private Outcome payIn(
      Transaction tx, Account caller, String invoiceId, Instrument instrument, IdempotencyKey key) {
    InvoiceRow row =
        store
            .invoices()
            .lock(tx, invoiceId, caller.id())
            .orElseThrow(() -> ProblemException.notFound(invoiceId));
    ClientInvoice stored = decoded.of(row);
    Instant now = clock.now();
    paymentRules.requirePayable(stored, clock.today());
    PaymentProcessor processor = settings.processor();
    String paymentId = Store.newId();
    String currency = stored.currency() == null ? "USD" : stored.currency().value();
    String method = instrument.card() ? "card" : "ach";
    PaymentAmounts amounts;
    Update update;
    String state;
    String reference;
    String declineReason = null;
    Instant settleAfter = null;
    if (instrument.card()) {
      amounts = paymentRules.card(stored);
      PaymentProcessor.CardCharge charge =
          processor.chargeCard(paymentId, instrument, amounts.charged(), currency);
      reference = charge.reference();
      if (charge.succeeded()) {
        update = paymentRules.cardCharged(stored, amounts, paymentInfo(instrument, processor), now);
        state = "succeeded";
      } else {
        update = paymentRules.cardDeclined(stored, now);
        state = "declined";
        declineReason = charge.declineReason();
      }
    } else {
      amounts = paymentRules.ach(stored);
      reference = processor.startDebit(paymentId, instrument, amounts.charged(), currency);
      settleAfter = now.plus(settings.achSettlementDelay());
      update =
          paymentRules.debitStarted(stored, paymentInfo(instrument, processor), now, settleAfter);
      state = "in_transit";
    }
    store
        .payments()
        .insert(
            tx,
            new PaymentRow(
                paymentId,
                invoiceId,
                caller.id(),
                method,
                instrument.id(),
                currency,
                amounts.amount(),
                amounts.cardFee(),
                amounts.clientFee(),
                amounts.memberFee(),
                amounts.charged(),
                amounts.memberNet(),
                processor.name(),
                reference,
                processor.testMode(),
                state,
                declineReason,
                now,
                settleAfter,
                null,
                null));
    if (settleAfter != null) {
      settings.settlements().schedule(tx, paymentId, settleAfter);
    }
    InvoiceRow written =
        writer.write(
            tx,
            new InvoiceWriter.Change(
                row,
                update,
                InvoiceWriter.Actor.CLIENT,
                new InvoiceWriter.PaymentStep(paymentId, method, state, declineReason)),
            now);
    Recorded recorded =
        declineReason == null
            ? new Recorded(200, InvoiceQueries.wireBytes(rules, written, clock.today()))
            : new Recorded(402, declined(declineReason).body(null));
    if (key != null) {
      store.idempotency().complete(tx, key, recorded.status(), recorded.body());
    }
    return new Outcome(recorded, declineReason, settleAfter);
  }

  private static PaymentInfo paymentInfo(Instrument instrument, PaymentProcessor processor) {
    String testMode = processor.testMode() ? " (test mode: no money moved)" : "";
    if (instrument.card()) {
      return new PaymentInfo(
          PaymentMeansType.CARD,
          null,
          instrument.brand(),
          instrument.brand() + " ending " + instrument.last4() + testMode,
          instrument.last4());
    }
    return new PaymentInfo(
        PaymentMeansType.ACCOUNT,
        null,
        null,
        instrument.brand() + " account ending " + instrument.last4() + testMode,
        instrument.last4());
  }

  /** The 402 of a declined card (the body replays record is this one's, without a request id). */
  private static ProblemException declined(String reason) {
    return new ProblemException(402, ErrorCodes.PAYMENT_DECLINED, "paymentMethodId", reason);
  }
}
