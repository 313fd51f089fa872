package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.server.store.Database;
import app.wingspan.server.work.Backoff;
import app.wingspan.server.work.DurableWork;
import app.wingspan.server.work.Outcome;
import app.wingspan.server.work.WorkKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The durable-work API on db-scheduler and the real PostgreSQL: work exists exactly when the
 * transaction that scheduled it commits, runs when the server's clock says, once per id across
 * replicas, and is retried with backoff when its handler throws. Each test has a database of its
 * own; every wait is bounded.
 */
class DurableWorkTest {
  private static final Backoff QUICKLY =
      new Backoff(Duration.ofMillis(200), 2, Duration.ofSeconds(1));

  private Database database;
  private final List<DurableWork> replicas = new ArrayList<>();

  @BeforeEach
  void freshDatabase() throws Exception {
    String name = "work_" + Long.toHexString(System.nanoTime());
    try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl());
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    String url =
        TestDatabase.jdbcUrl()
            .replaceFirst("/postgres\\?", "/" + name + "?")
            .replaceFirst("/postgres$", "/" + name);
    database = Database.open(url, "postgres", null, 8, null);
  }

  @AfterEach
  void close() {
    replicas.forEach(DurableWork::close);
    database.close();
  }

  @Test
  void workScheduledInATransactionThatRollsBackDoesNotExist() throws Exception {
    WorkKind kind = new WorkKind("note", (id, data) -> Outcome.done(), QUICKLY);
    DurableWork work = replica(kind, Clock.systemUTC(), "one");
    Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);

    assertThatThrownBy(
            () ->
                inTransaction(
                    c -> {
                      work.schedule(c, kind, "rolled-back", "", later);
                      throw new IllegalStateException("injected after scheduling");
                    }))
        .hasMessageContaining("injected after scheduling");
    inTransaction(c -> work.schedule(c, kind, "committed", "", later));

    assertThat(work.due(kind, "rolled-back")).isEmpty();
    assertThat(work.due(kind, "committed")).contains(later);
  }

  @Test
  void schedulingOutsideATransactionIsRefused() throws Exception {
    WorkKind kind = new WorkKind("note", (id, data) -> Outcome.done(), QUICKLY);
    DurableWork work = replica(kind, Clock.systemUTC(), "one");
    try (Connection autoCommitting = database.dataSource().getConnection()) {
      assertThatThrownBy(() -> work.schedule(autoCommitting, kind, "x", "", Instant.now()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("inside the transaction that causes it");
    }
  }

  @Test
  void anInstanceRunsWhenTheServersClockReachesItsTimeAndNotBefore() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    WorkKind kind = new WorkKind("reminder", (id, data) -> record(ran, id + ":" + data), QUICKLY);
    MovableClock clock = new MovableClock();
    DurableWork work = replica(kind, clock, "one");
    Instant due = clock.instant().plus(Duration.ofDays(3));
    inTransaction(c -> work.schedule(c, kind, "invoice-1", "{\"n\":1}", due));
    work.start();

    Thread.sleep(3 * DurableWork.POLL.toMillis());
    assertThat(ran).as("not due by the server's clock").isEmpty();

    clock.advance(Duration.ofDays(3));
    awaitTrue(() -> !ran.isEmpty());
    assertThat(ran).containsExactly("invoice-1:{\"n\":1}");
    awaitTrue(() -> work.due(kind, "invoice-1").isEmpty());
  }

  @Test
  void anInstanceHeldByAReplicaThatDiedRunsOnAnotherOnceItsHeartbeatIsMissed() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    WorkKind kind = new WorkKind("note", (id, data) -> record(ran, id), QUICKLY);
    // What a replica killed with kill -9 mid-work leaves: picked, its last heartbeat a minute old.
    execute(
        "insert into scheduled_tasks (task_name, task_instance, execution_time, picked,"
            + " picked_by, last_heartbeat, version) values ('note', 'orphan',"
            + " now() - interval '1 minute', true, 'killed-replica',"
            + " now() - interval '1 minute', 1)");
    DurableWork survivor = replica(kind, Clock.systemUTC(), "survivor");
    survivor.start();

    awaitTrue(() -> !ran.isEmpty() && survivor.due(kind, "orphan").isEmpty());
    assertThat(ran).containsExactly("orphan");
  }

  @Test
  void schedulingAnIdThatIsPendingChangesNothing() throws Exception {
    WorkKind kind = new WorkKind("webhook", (id, data) -> Outcome.done(), QUICKLY);
    DurableWork work = replica(kind, Clock.systemUTC(), "one");
    Instant first = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);

    boolean created = inTransaction(c -> work.schedule(c, kind, "event-7", "a", first));
    boolean again =
        inTransaction(c -> work.schedule(c, kind, "event-7", "b", first.plusSeconds(60)));

    assertThat(created).isTrue();
    assertThat(again).isFalse();
    assertThat(work.due(kind, "event-7")).contains(first);
  }

  @Test
  void twoTransactionsSchedulingTheSameIdAtOnceBothCommitAndOneInstanceExists() throws Exception {
    WorkKind kind = new WorkKind("webhook", (id, data) -> Outcome.done(), QUICKLY);
    DurableWork work = replica(kind, Clock.systemUTC(), "one");
    Instant at = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
    CountDownLatch firstScheduled = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> first =
          threads.submit(
              () ->
                  inTransaction(
                      c -> {
                        boolean created = work.schedule(c, kind, "event-9", "", at);
                        firstScheduled.countDown();
                        // Commit only once the second is (about to be) waiting on this row.
                        secondStarted.await(10, TimeUnit.SECONDS);
                        Thread.sleep(300);
                        return created;
                      }));
      firstScheduled.await(10, TimeUnit.SECONDS);
      Future<Boolean> second =
          threads.submit(
              () ->
                  inTransaction(
                      c -> {
                        secondStarted.countDown();
                        boolean created = work.schedule(c, kind, "event-9", "", at);
                        // The transaction is still usable: the failed insert was contained.
                        try (var statement = c.createStatement()) {
                          statement.execute("select 1");
                        }
                        return created;
                      }));

      assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
      assertThat(second.get(20, TimeUnit.SECONDS)).isFalse();
      assertThat(work.due(kind, "event-9")).contains(at);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aHandlerThatThrowsIsRetriedWithGrowingWaitsUntilItSucceeds() throws Exception {
    List<Instant> attempts = new CopyOnWriteArrayList<>();
    WorkKind kind =
        new WorkKind(
            "flaky",
            (id, data) -> {
              attempts.add(Instant.now());
              if (attempts.size() < 3) {
                throw new IllegalStateException("not yet (attempt " + attempts.size() + ")");
              }
              return Outcome.done();
            },
            QUICKLY);
    DurableWork work = replica(kind, Clock.systemUTC(), "one");
    inTransaction(c -> work.schedule(c, kind, "x", "", Instant.now()));
    work.start();

    awaitTrue(() -> attempts.size() >= 3 && work.due(kind, "x").isEmpty());
    assertThat(attempts).hasSize(3);
    assertThat(Duration.between(attempts.get(0), attempts.get(1)))
        .isGreaterThanOrEqualTo(QUICKLY.after(1));
    assertThat(Duration.between(attempts.get(1), attempts.get(2)))
        .isGreaterThanOrEqualTo(QUICKLY.after(2));
  }

  @Test
  void twoReplicasRunEveryInstanceExactlyOnceAndBothTakeWork() throws Exception {
    Map<String, List<String>> ranBy = new ConcurrentHashMap<>();
    Set<String> replicaNames = ConcurrentHashMap.newKeySet();
    List<DurableWork> both = new ArrayList<>();
    for (String name : List.of("one", "two")) {
      WorkKind kind =
          new WorkKind(
              "mail",
              (id, data) -> {
                ranBy.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add(name);
                replicaNames.add(name);
                sleep(100);
                return Outcome.done();
              },
              QUICKLY);
      both.add(replica(kind, Clock.systemUTC(), name));
    }
    DurableWork one = both.get(0);
    Instant now = Instant.now();
    inTransaction(
        c -> {
          for (int i = 0; i < 40; i++) {
            one.schedule(c, kindOf(one), "m" + i, "", now);
          }
          return null;
        });
    both.forEach(DurableWork::start);
    both.forEach(replica -> replica.wakeAt(now));

    awaitTrue(() -> ranBy.size() == 40 && pending() == 0);
    assertThat(ranBy.values()).allSatisfy(runs -> assertThat(runs).hasSize(1));
    assertThat(replicaNames).as("both replicas took work").containsExactlyInAnyOrder("one", "two");
  }

  private final Map<DurableWork, WorkKind> kinds = new ConcurrentHashMap<>();

  private DurableWork replica(WorkKind kind, Clock clock, String name) {
    DurableWork work =
        DurableWork.builder(database.dataSource(), clock).name(name).register(kind).build();
    replicas.add(work);
    kinds.put(work, kind);
    return work;
  }

  private WorkKind kindOf(DurableWork work) {
    return kinds.get(work);
  }

  private int pending() {
    try (Connection connection = database.dataSource().getConnection();
        var statement = connection.createStatement();
        var rs = statement.executeQuery("select count(*) from scheduled_tasks")) {
      rs.next();
      return rs.getInt(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Work inside one transaction of the test's database. */
  @FunctionalInterface
  private interface InTransaction<R> {
    R run(Connection transaction) throws Exception;
  }

  /** Runs {@code work} in a transaction that commits when it returns, rolls back when it throws. */
  private <R> R inTransaction(InTransaction<R> work) throws Exception {
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try {
        R result = work.run(connection);
        connection.commit();
        return result;
      } catch (Exception | Error e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private void execute(String statement) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        var sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  private static Outcome record(List<String> ran, String what) {
    ran.add(what);
    return Outcome.done();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
      sleep(50);
    }
  }

  /** The system clock, moved forward by a test. */
  private static final class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
      offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
