package app.wingspan.server.payment;

import app.wingspan.model.ClientInvoice;
import app.wingspan.server.invoice.PaymentRules;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.payment.PaymentProcessor.DebitOutcome;
import app.wingspan.server.service.InvoicePayments;
import app.wingspan.server.service.InvoiceWriter;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.PaymentRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import app.wingspan.server.work.Backoff;
import app.wingspan.server.work.DurableWork;
import app.wingspan.server.work.Outcome;
import app.wingspan.server.work.WorkKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles bank debits in transit, as durable work ({@link DurableWork}, kind {@value #KIND}, one
 * instance per payment, id = the payment's id). A pay that starts a debit schedules its settlement
 * in the pay's own transaction, due when the debit is ({@code payments.settle_after}). When it is
 * due, one replica asks the processor for the debit's outcome and writes the payment row, and the
 * invoice's next version (Paid, or Open again) through the one write path ({@link InvoiceWriter}),
 * in one transaction that first locks the payment and checks it is still in transit: so the debit
 * is applied exactly once however often its instance runs (a replica killed after that transaction
 * committed runs it again, and finds it settled).
 */
public final class SettlementWorker implements InvoicePayments.Settlements {
  /** The work kind's name, stored with every instance: never rename it. */
  static final String KIND = "ach-settlement";

  /** A debit whose outcome the processor does not know yet is asked about again after this long. */
  static final Duration ASK_AGAIN = Duration.ofSeconds(5);

  /** When the settling itself throws past {@link #ASK_AGAIN} (the database is away, say). */
  private static final Backoff RETRY =
      new Backoff(Duration.ofSeconds(5), 2, Duration.ofMinutes(10));

  private static final Logger LOG = LoggerFactory.getLogger(SettlementWorker.class);

  private final Store store;
  private final PaymentRules rules;
  private final PaymentProcessor processor;
  private final InvoiceWriter writer;
  private final Clock clock;
  private final String instance;
  private final WorkKind kind = new WorkKind(KIND, (id, data) -> settle(id), RETRY);
  private volatile DurableWork work;

  /**
   * @param writer the one write path of invoice changes, which the settlement's change takes
   * @param instance this server's name, recorded as {@code payments.settled_by}
   */
  public SettlementWorker(
      Store store,
      PaymentRules rules,
      PaymentProcessor processor,
      InvoiceWriter writer,
      Clock clock,
      String instance) {
    this.store = store;
    this.rules = rules;
    this.processor = processor;
    this.writer = writer;
    this.clock = clock;
    this.instance = instance;
  }

  /** The kind to register with the server's {@link DurableWork}. */
  public WorkKind kind() {
    return kind;
  }

  /** The durable work the settlements are scheduled on, once it is built with {@link #kind()}. */
  public void runOn(DurableWork work) {
    this.work = work;
  }

  @Override
  public void schedule(Transaction tx, String paymentId, Instant due) {
    work.schedule(tx.connection(), kind, paymentId, "", due);
  }

  @Override
  public void committed(Instant due) {
    work.wakeAt(due);
  }

  /**
   * Settles every debit in transit now, whatever its due time (for an embedding that must not wait:
   * a test kit); returns how many it settled. Their scheduled instances find them settled when they
   * run.
   */
  public int settleAllNow() {
    int settled = 0;
    for (String paymentId : store.payments().inTransit()) {
      try {
        if (store.inTransaction(tx -> settleIn(tx, paymentId)) == Applied.OUTCOME) {
          settled++;
        }
      } catch (RuntimeException e) {
        // Left in transit: its scheduled instance settles it, or puts it back, when due.
        LOG.warn("settling payment {} now failed: {}", paymentId, e.toString());
      }
    }
    return settled;
  }

  /**
   * One run of a payment's settlement. A debit that cannot be settled (the processor cannot answer,
   * the invoice is not as expected) is put back for {@link #ASK_AGAIN}, with its new due time on
   * the payment row, so it cannot hold up the debits behind it.
   */
  private Outcome settle(String paymentId) {
    try {
      return store.inTransaction(tx -> settleIn(tx, paymentId)) == Applied.NOT_YET
          ? Outcome.again(clock.instant().plus(ASK_AGAIN).truncatedTo(ChronoUnit.MILLIS))
          : Outcome.done();
    } catch (RuntimeException e) {
      Instant later = clock.instant().plus(ASK_AGAIN).truncatedTo(ChronoUnit.MILLIS);
      LOG.warn(
          "settling payment {} failed; trying again in {} s: {}",
          paymentId,
          ASK_AGAIN.toSeconds(),
          e.toString());
      store.inTransaction(
          tx -> {
            store.payments().postponeSettlement(tx, paymentId, later);
            return null;
          });
      return Outcome.again(later);
    }
  }

  /** What one settling transaction did. */
  private enum Applied {
    /** The debit's outcome was written. */
    OUTCOME,
    /** The processor has no outcome yet: the debit was put back for {@link #ASK_AGAIN}. */
    NOT_YET,
    /** Nothing: the debit was settled already (its work ran before), or was never in transit. */
    NOTHING
  }

  private Applied settleIn(Transaction tx, String paymentId) {
    Optional<PaymentRow> inTransit = store.payments().lockInTransit(tx, paymentId);
    if (inTransit.isEmpty()) {
      return Applied.NOTHING;
    }
    PaymentRow payment = inTransit.get();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    DebitOutcome outcome = processor.debitOutcome(payment.processorReference());
    if (outcome.state() == DebitOutcome.State.PENDING) {
      store.payments().postponeSettlement(tx, payment.id(), now.plus(ASK_AGAIN));
      return Applied.NOT_YET;
    }
    InvoiceRow row =
        store
            .invoices()
            .lock(tx, payment.invoiceId())
            .orElseThrow(
                () -> new IllegalStateException("payment " + payment.id() + " has no invoice"));
    ClientInvoice stored = InvoiceDocuments.decode(row);
    boolean settled = outcome.state() == DebitOutcome.State.SETTLED;
    Update update = settled ? rules.debitSettled(stored, now) : rules.debitFailed(stored, now);
    String state = settled ? "settled" : "failed";
    store
        .payments()
        .finishSettlement(tx, payment.id(), state, outcome.failureReason(), now, instance);
    LOG.info("payment {} of invoice {}: bank debit {}", payment.id(), payment.invoiceId(), state);
    writer.write(
        tx,
        new InvoiceWriter.Change(
            row,
            update,
            InvoiceWriter.Actor.SYSTEM,
            new InvoiceWriter.PaymentStep(
                payment.id(), payment.method(), state, outcome.failureReason())),
        now);
    return Applied.OUTCOME;
  }
}
