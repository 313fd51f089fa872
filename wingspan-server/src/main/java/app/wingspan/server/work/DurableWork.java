package app.wingspan.server.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work to do later, durably and once, on db-scheduler and the server's own PostgreSQL: an instance
 * is a row of {@code scheduled_tasks} (migration V10), written in the transaction of the change
 * that causes it ({@link #schedule}), so it exists exactly when that change committed. Every
 * replica polls the table; db-scheduler picks each due instance for one replica only ({@code select
 * ... for update skip locked}), removes it when its handler returns, and hands an instance whose
 * replica died (its heartbeat stopped) to another. Due times and heartbeats are read from the
 * server's {@link Clock}, so a test that moves the clock moves the work.
 *
 * <p>Delivery is at least once: a replica killed after the handler's transaction committed but
 * before the instance was removed leaves it to run again. So a handler does its work in one
 * transaction that first checks the work is still to do (see {@link WorkKind#handler()}).
 */
public final class DurableWork implements AutoCloseable {
  /** How often each replica looks for due work when nothing woke it earlier. */
  public static final Duration POLL = Duration.ofMillis(500);

  /** How often a running instance's replica says it is alive. */
  static final Duration HEARTBEAT = Duration.ofSeconds(2);

  /** Missed heartbeats after which a running instance is given to another replica (10 s). */
  static final int MISSED_HEARTBEATS = 5;

  /** How long stopping waits for running instances before interrupting them. */
  static final Duration STOP_WAIT = Duration.ofSeconds(10);

  /** How long work of a kind this replica does not know is kept: for good, in practice. */
  static final Duration KEEP_UNKNOWN_KINDS = Duration.ofDays(36_500);

  private static final Logger LOG = LoggerFactory.getLogger(DurableWork.class);

  private final String name;
  private final Clock clock;
  private final Map<String, WorkKind> kinds;
  private final Duration poll;
  private final TransactionConnections connections;
  private final Scheduler scheduler;
  private final ScheduledExecutorService wakes;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  private DurableWork(Builder builder) {
    this.name = builder.name;
    this.clock = builder.clock;
    this.kinds = Map.copyOf(builder.kinds);
    this.poll = builder.poll;
    this.connections = new TransactionConnections(builder.pool);
    List<Task<?>> tasks = new ArrayList<>();
    for (WorkKind kind : builder.kinds.values()) {
      tasks.add(task(kind));
    }
    this.scheduler =
        Scheduler.create(connections, tasks)
            .schedulerName(new SchedulerName.Fixed(name))
            .clock(clock::instant)
            .threads(builder.threads)
            .pollingInterval(builder.poll)
            .pollUsingLockAndFetch(0.5, 1.0)
            .heartbeatInterval(HEARTBEAT)
            .missedHeartbeatsLimit(MISSED_HEARTBEATS)
            .shutdownMaxWait(STOP_WAIT)
            .serializer(TEXT)
            // A replica that does not run a kind (no payment processor, an older version) must not
            // delete that kind's pending work, which db-scheduler does after 14 days by default.
            .deleteUnresolvedAfter(KEEP_UNKNOWN_KINDS)
            .build();
    this.wakes =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "wingspan-work-wake");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Work on the tables of {@code pool}, with due times by {@code clock}.
   *
   * @param pool the server's pool (its connections auto-commit, as HikariCP's do by default)
   */
  public static Builder builder(DataSource pool, Clock clock) {
    return new Builder(pool, clock);
  }

  /** Settings of {@link DurableWork}; the defaults suit a server and its tests. */
  public static final class Builder {
    private final DataSource pool;
    private final Clock clock;
    private final Map<String, WorkKind> kinds = new LinkedHashMap<>();
    private String name = ProcessHandle.current().pid() + "";
    private Duration poll = POLL;
    private int threads = 4;

    private Builder(DataSource pool, Clock clock) {
      this.pool = Objects.requireNonNull(pool, "pool");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The kinds of work this replica runs; each must be registered before {@link #build()}. */
    public Builder register(WorkKind kind) {
      if (kinds.putIfAbsent(kind.name(), kind) != null) {
        throw new IllegalArgumentException("work kind '" + kind.name() + "' is registered twice");
      }
      return this;
    }

    /** This replica's name, stored with the instances it runs (for operators). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** How often to look for due work (default {@link #POLL}). */
    public Builder pollEvery(Duration poll) {
      if (poll.isNegative() || poll.isZero()) {
        throw new IllegalArgumentException("the poll interval must be positive, not " + poll);
      }
      this.poll = poll;
      return this;
    }

    /** How many instances this replica runs at once (default 4; each may hold a connection). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    public DurableWork build() {
      return new DurableWork(this);
    }
  }

  /** Starts polling; work that fell due while no replica ran is picked up by the first poll. */
  public void start() {
    if (!started.getAndSet(true)) {
      scheduler.start();
      // db-scheduler waits between polls until its clock has moved on by the interval, so a clock
      // set back (the test kit's reset, after a test moved it days ahead) would stall polling for
      // those days. A wake by the wall clock at the same interval keeps it polling.
      wakes.scheduleWithFixedDelay(
          scheduler::triggerCheckForDueExecutions,
          poll.toMillis(),
          poll.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Schedules an instance of {@code kind} to run at {@code at} (by the server's clock), inside the
   * transaction open on {@code transaction}: it exists if and only if that transaction commits.
   *
   * @param transaction a connection with auto-commit off, in the transaction of the change that
   *     causes the work
   * @param id the instance's id within its kind: scheduling an id that is still pending (or
   *     running) changes nothing, so one id per cause (a payment, an event) schedules its work once
   * @param data what the handler is given with the id (e.g. JSON); may be empty
   * @return true when scheduled, false when an instance with this id was pending already
   */
  public boolean schedule(
      Connection transaction, WorkKind kind, String id, String data, Instant at) {
    if (kinds.get(kind.name()) != kind) {
      throw new IllegalArgumentException("work kind '" + kind.name() + "' is not registered");
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    requireTransaction(transaction);
    TaskInstance<String> instance = new TaskInstance<>(kind.name(), id, data == null ? "" : data);
    return connections.using(
        transaction,
        () -> {
          // db-scheduler looks before it inserts; a concurrent transaction scheduling the same id
          // makes the insert fail after the other commits. The savepoint keeps that failure from
          // aborting the caller's whole transaction.
          Savepoint savepoint = savepoint(transaction);
          try {
            boolean created = scheduler.scheduleIfNotExists(instance, at);
            release(transaction, savepoint);
            return created;
          } catch (RuntimeException e) {
            rollbackTo(transaction, savepoint);
            if (scheduler.getScheduledExecution(TaskInstanceId.of(kind.name(), id)).isPresent()) {
              return false;
            }
            throw e;
          }
        });
  }

  /**
   * Asks this replica to look for due work at {@code due} instead of at its next poll: call it once
   * the transaction that scheduled the work has committed. A hint only; polling finds the work
   * either way.
   */
  public void wakeAt(Instant due) {
    long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis()) + 5;
    try {
      wakes.schedule(scheduler::triggerCheckForDueExecutions, delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping: another replica, or this one after its restart, runs it
    }
  }

  /** When the pending instance {@code id} of {@code kind} runs next, if it is pending. */
  public Optional<Instant> due(WorkKind kind, String id) {
    return scheduler
        .getScheduledExecution(TaskInstanceId.of(kind.name(), id))
        .map(execution -> execution.getExecutionTime());
  }

  /** This replica's name, as stored with the instances it picks. */
  public String name() {
    return name;
  }

  /**
   * Stops polling and waits up to {@link #STOP_WAIT} for running instances; one still running then
   * is interrupted, and stays in the table for the next poll of any replica.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    wakes.shutdownNow();
    if (started.get()) {
      scheduler.stop();
    }
  }

  private static Task<String> task(WorkKind kind) {
    return Tasks.custom(kind.name(), String.class)
        .onFailure(retry(kind))
        .execute(
            (instance, context) -> {
              Outcome outcome = kind.handler().run(instance.getId(), instance.getData());
              if (outcome.isDone()) {
                return new CompletionHandler.OnCompleteRemove<>();
              }
              return (complete, operations) -> operations.reschedule(complete, outcome.again());
            });
  }

  private static FailureHandler<String> retry(WorkKind kind) {
    return (complete, operations) -> {
      int failures = complete.getExecution().consecutiveFailures + 1;
      Instant next = complete.getTimeDone().plus(kind.retry().after(failures));
      LOG.warn(
          "{} {} failed {} time(s) in a row; trying again at {}: {}",
          kind.name(),
          complete.getExecution().getId(),
          failures,
          next,
          complete.getCause().map(Throwable::toString).orElse("no cause"));
      operations.reschedule(complete, next);
    };
  }

  private static void requireTransaction(Connection transaction) {
    try {
      if (transaction.getAutoCommit()) {
        throw new IllegalArgumentException(
            "schedule work inside the transaction that causes it: this connection auto-commits");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the connection's auto-commit", e);
    }
  }

  private static Savepoint savepoint(Connection transaction) {
    try {
      return transaction.setSavepoint();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set a savepoint", e);
    }
  }

  private static void release(Connection transaction, Savepoint savepoint) {
    try {
      transaction.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release a savepoint", e);
    }
  }

  private static void rollbackTo(Connection transaction, Savepoint savepoint) {
    try {
      transaction.rollback(savepoint);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot roll back to a savepoint", e);
    }
  }

  /** Task data is text (UTF-8 in the {@code bytea} column), so an operator can read it in SQL. */
  private static final Serializer TEXT =
      new Serializer() {
        @Override
        public byte[] serialize(Object data) {
          return data == null ? null : ((String) data).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public <T> T deserialize(Class<T> type, byte[] bytes) {
          return type.cast(bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
        }
      };
}
