package app.wingspan.server;

import app.wingspan.model.ClientInvoice;
import app.wingspan.server.invoice.PaymentRules;
import app.wingspan.server.invoice.Update;
import app.wingspan.server.payment.PaymentProcessor;
import app.wingspan.server.payment.PaymentProcessor.DebitOutcome;
import app.wingspan.server.store.DatabaseUnavailableException;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.PaymentRow;
import app.wingspan.server.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles bank debits in transit. The queue is the {@code payments} table: each due row is taken
 * with {@code FOR UPDATE SKIP LOCKED}, the processor is asked for the debit's outcome, and the
 * payment row, the invoice document (Paid, or Open again) and its history row are written in that
 * same transaction. So any number of replicas share the queue, a row is applied exactly once (a
 * second taker finds it no longer in transit), and a server killed midway leaves the row in transit
 * for the next poll of any replica, or of itself after a restart.
 *
 * <p>It polls every {@link #POLL} and is also woken when this server starts a debit, at the debit's
 * due time.
 */
final class SettlementWorker implements AutoCloseable {
  static final Duration POLL = Duration.ofSeconds(1);

  /** A debit whose outcome the processor does not know yet is asked about again after this long. */
  static final Duration ASK_AGAIN = Duration.ofSeconds(5);

  /**
   * Far enough ahead that every debit in transit is due, near enough for PostgreSQL's timestamps.
   */
  private static final Duration EVERYTHING = Duration.ofDays(365L * 100);

  private static final Logger LOG = LoggerFactory.getLogger(SettlementWorker.class);

  private final Store store;
  private final PaymentRules rules;
  private final PaymentProcessor processor;
  private final Clock clock;
  private final String instance;
  private final ScheduledExecutorService executor;

  /** Whether the last drain found the database unavailable. */
  private volatile boolean databaseAway;

  SettlementWorker(Store store, PaymentRules rules, PaymentProcessor processor, Clock clock) {
    this.store = store;
    this.rules = rules;
    this.processor = processor;
    this.clock = clock;
    this.instance = ProcessHandle.current().pid() + "-" + Store.newId().substring(0, 8);
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "wingspan-settlement");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Starts polling; the first poll runs at once, so debits due while the server was down settle on
   * start.
   */
  void start() {
    executor.scheduleWithFixedDelay(this::drainDue, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks for a drain at {@code due} (a debit this server just started). */
  void wakeAt(Instant due) {
    long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis()) + 5;
    try {
      executor.schedule(this::drainDue, delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping: another replica, or this one after its restart, settles it
    }
  }

  /** Settles every debit due now, one transaction each; returns how many it settled. */
  int drain() {
    return drain(Duration.ZERO);
  }

  /** {@link #drain()} as the executor's task. */
  private void drainDue() {
    drain();
  }

  /**
   * Settles every debit in transit now, whatever its due time (for an embedding that must not wait:
   * a test kit); returns how many it settled.
   */
  int drainAll() {
    return drain(EVERYTHING);
  }

  private int drain(Duration ahead) {
    int settled = 0;
    try {
      while (!Thread.currentThread().isInterrupted() && settleOne(ahead)) {
        settled++;
      }
      if (databaseAway) {
        databaseAway = false;
        LOG.info("the database answers again; settling bank debits");
      }
    } catch (DatabaseUnavailableException e) {
      // Down, or switching primaries: the settlement's transaction rolled back (or committed just
      // before its answer was lost), and the row's state on whichever node is primary next says
      // which, for the next poll of this replica or another. Said once per outage, not per poll.
      if (!databaseAway) {
        databaseAway = true;
        LOG.warn(
            "the database is unavailable; settling bank debits when it answers: {}",
            String.valueOf(e.getCause()));
      }
    } catch (RuntimeException e) {
      // The row stays in transit (its transaction rolled back): the next poll tries again.
      LOG.warn("settling a bank debit failed; retrying on the next poll: {}", e.toString());
    }
    return settled;
  }

  /**
   * Takes one due debit and applies its outcome; false when none is due. A debit whose settlement
   * fails (the processor cannot answer, the invoice is not as expected) is put back for {@link
   * #ASK_AGAIN}, so it cannot block the debits behind it in the queue.
   */
  boolean settleOne() {
    return settleOne(Duration.ZERO);
  }

  private boolean settleOne(Duration ahead) {
    String[] taken = new String[1];
    try {
      return settleOne(taken, ahead);
    } catch (RuntimeException e) {
      if (taken[0] == null || e instanceof DatabaseUnavailableException) {
        throw e; // with the database away there is nothing to put back, nor a way to
      }
      LOG.warn(
          "settling payment {} failed; trying again in {} s: {}",
          taken[0],
          ASK_AGAIN.toSeconds(),
          e.toString());
      Instant later = clock.instant().plus(ASK_AGAIN);
      store.inTransaction(
          tx -> {
            tx.postponeSettlement(taken[0], later);
            return null;
          });
      return true;
    }
  }

  private boolean settleOne(String[] taken, Duration ahead) {
    return store.inTransaction(
        tx -> {
          Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
          Optional<PaymentRow> due = tx.claimDueSettlement(now.plus(ahead));
          if (due.isEmpty()) {
            return false;
          }
          PaymentRow payment = due.get();
          taken[0] = payment.id();
          DebitOutcome outcome = processor.debitOutcome(payment.processorReference());
          if (outcome.state() == DebitOutcome.State.PENDING) {
            tx.postponeSettlement(payment.id(), now.plus(ASK_AGAIN));
            return true;
          }
          InvoiceRow row =
              tx.lockInvoice(payment.invoiceId())
                  .orElseThrow(
                      () ->
                          new IllegalStateException("payment " + payment.id() + " has no invoice"));
          ClientInvoice stored = InvoiceDocuments.decode(row);
          boolean settled = outcome.state() == DebitOutcome.State.SETTLED;
          Update update =
              settled ? rules.debitSettled(stored, now) : rules.debitFailed(stored, now);
          String state = settled ? "settled" : "failed";
          tx.finishSettlement(payment.id(), state, outcome.failureReason(), now, instance);
          ClientInvoice next = update.invoice();
          InvoiceRow written = InvoiceDocuments.nextVersion(row, next, now);
          LOG.info(
              "payment {} of invoice {}: bank debit {}", payment.id(), payment.invoiceId(), state);
          tx.updateInvoice(
              written,
              false,
              now,
              InvoiceService.history(
                  InvoiceService.paymentEntry(
                      payment.id(), payment.method(), state, outcome.failureReason()),
                  update.changes()));
          return true;
        });
  }

  /** Stops polling; a settlement under way finishes or rolls back with its transaction. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
