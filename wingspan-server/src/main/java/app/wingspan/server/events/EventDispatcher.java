package app.wingspan.server.events;

import app.wingspan.server.store.EventRow;
import app.wingspan.server.store.EventStore;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay of the invoice events: hands every event to the {@link EventConsumer}s exactly
 * once across replicas. Each round is one transaction that claims undispatched events in seq order
 * ({@code for update skip locked}: a row another replica holds is skipped, one it has dispatched no
 * longer matches), lets every consumer schedule its durable work in that transaction, and marks the
 * event dispatched in it too. A replica killed mid-round leaves nothing half done: the round rolls
 * back and the events are claimed again. A consumer that throws rolls back that event's part only
 * (a savepoint): the event stays undispatched and is offered again next round, after the others.
 *
 * <p>Rounds run every {@link #POLL} by the wall clock (not the server's: a test that moves the
 * server's clock must not stall them), and at once after {@link #wake()}.
 */
public final class EventDispatcher implements AutoCloseable {
  /** How often each replica looks for undispatched events when nothing woke it earlier. */
  public static final Duration POLL = Duration.ofMillis(500);

  /** Events per transaction. */
  static final int BATCH = 100;

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final Store store;
  private final Clock clock;
  private final List<EventConsumer> consumers;
  private final Runnable afterRound;
  private final ScheduledExecutorService rounds;
  private final AtomicBoolean started = new AtomicBoolean();

  /**
   * @param clock the server's clock, for {@code dispatched_at}
   * @param consumers told of each event, in this order
   * @param afterRound run after a round that dispatched something committed (e.g. wake the durable
   *     work the consumers scheduled)
   */
  public EventDispatcher(
      Store store, Clock clock, List<EventConsumer> consumers, Runnable afterRound) {
    this.store = store;
    this.clock = clock;
    this.consumers = List.copyOf(consumers);
    this.afterRound = afterRound;
    // The server builds its dispatcher before it serves or seeds anything: from now on, events of
    // kinds none of these consumers is told of are written dispatched.
    store.events().consumedKinds(consumedKinds(this.consumers));
    this.rounds =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "wingspan-event-dispatch");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts the rounds; events left undispatched while no replica ran go in the first one. */
  public void start() {
    if (!started.getAndSet(true)) {
      rounds.scheduleWithFixedDelay(this::drain, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Asks for a round now (after a change committed its events). A hint: polling finds them too. */
  public void wake() {
    try {
      rounds.execute(this::drain);
    } catch (RejectedExecutionException e) {
      // stopping: another replica, or this one after its restart, dispatches them
    }
  }

  /**
   * Runs one round on the calling thread: claims up to {@link #BATCH} events and dispatches them.
   *
   * @return how many events this round marked dispatched
   */
  public int dispatchOnce() {
    int dispatched = store.inTransaction(this::round);
    if (dispatched > 0 && afterRound != null) {
      afterRound.run();
    }
    return dispatched;
  }

  private void drain() {
    try {
      // Full batches mean more may be waiting; a short one (or one with failures) ends the drain.
      while (dispatchOnce() == BATCH) {
        // next batch
      }
    } catch (RuntimeException e) {
      LOG.warn("dispatching invoice events failed; trying again in {} ms: {}", POLL.toMillis(), e);
    }
  }

  /**
   * The kinds {@code consumers} are told of: {@code "*"} if one of them is told of every kind, none
   * when there is no consumer (every event is then written dispatched).
   */
  static Set<String> consumedKinds(List<EventConsumer> consumers) {
    Set<String> kinds = new TreeSet<>();
    for (EventConsumer consumer : consumers) {
      if (consumer instanceof SelectiveConsumer selective) {
        kinds.addAll(selective.kinds());
      } else {
        return Set.of(EventStore.EVERY_KIND);
      }
    }
    return kinds;
  }

  private static boolean tells(EventConsumer consumer, EventRow event) {
    return !(consumer instanceof SelectiveConsumer selective)
        || selective.kinds().contains(event.kind());
  }

  private int round(Transaction tx) {
    List<EventRow> claimed = store.events().claimUndispatched(tx, BATCH);
    List<Long> dispatched = new ArrayList<>(claimed.size());
    for (EventRow event : claimed) {
      List<EventConsumer> told = consumers.stream().filter(c -> tells(c, event)).toList();
      if (told.isEmpty()) {
        // written before its kind was consumed, or by a replica whose consumers differ
        dispatched.add(event.seq());
        continue;
      }
      Savepoint savepoint = savepoint(tx.connection());
      try {
        for (EventConsumer consumer : told) {
          consumer.onEvent(tx, event);
        }
        release(tx.connection(), savepoint);
        dispatched.add(event.seq());
      } catch (RuntimeException e) {
        rollbackTo(tx.connection(), savepoint);
        LOG.warn(
            "event {} ({} of invoice {}) not dispatched; offered again in the next round: {}",
            event.seq(),
            event.kind(),
            event.invoiceId(),
            e.toString());
      }
    }
    // One statement marks the round's events (one per event cost a round trip and an update each).
    store.events().markDispatched(tx, dispatched, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    return dispatched.size() == claimed.size()
        ? dispatched.size()
        : Math.min(dispatched.size(), BATCH - 1);
  }

  @Override
  public void close() {
    rounds.shutdownNow();
    try {
      rounds.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Savepoint savepoint(Connection connection) {
    try {
      return connection.setSavepoint();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set a savepoint", e);
    }
  }

  private static void release(Connection connection, Savepoint savepoint) {
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release a savepoint", e);
    }
  }

  private static void rollbackTo(Connection connection, Savepoint savepoint) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot roll back to a savepoint", e);
    }
  }
}
