package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.events.EventConsumer;
import app.wingspan.server.events.EventDispatcher;
import app.wingspan.server.store.Database;
import app.wingspan.server.store.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay of the invoice events on the real PostgreSQL: every event reaches the consumers
 * once however many replicas dispatch, and an event whose consumer failed stays undispatched and is
 * offered again. Each test has a database of its own (no other server's dispatcher takes its
 * events); every wait is bounded.
 */
class EventDispatcherTest {
  private String url;
  private final List<Database> databases = new ArrayList<>();
  private final List<EventDispatcher> dispatchers = new ArrayList<>();

  @BeforeEach
  void freshDatabase() throws Exception {
    String name = "dispatch_" + Long.toHexString(System.nanoTime());
    try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl());
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    url =
        TestDatabase.jdbcUrl()
            .replaceFirst("/postgres\\?", "/" + name + "?")
            .replaceFirst("/postgres$", "/" + name);
  }

  @AfterEach
  void close() {
    dispatchers.forEach(EventDispatcher::close);
    databases.forEach(Database::close);
  }

  @Test
  void twoReplicasDispatchEveryEventExactlyOnce() throws Exception {
    Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    EventConsumer count =
        (tx, event) ->
            seen.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
    Store one = replica(count);
    replica(count);
    insertEvents(450);
    dispatchers.forEach(EventDispatcher::start);

    await(() -> one.events().undispatched() == 0);

    assertThat(seen).hasSize(450);
    assertThat(seen.values()).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
  }

  @Test
  void anEventWhoseConsumerFailedStaysUndispatchedAndIsOfferedAgain() throws Exception {
    List<Long> dispatched = new CopyOnWriteArrayList<>();
    AtomicInteger failuresLeft = new AtomicInteger(2);
    EventConsumer flaky =
        (tx, event) -> {
          if (event.seq() == 2 && failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("injected consumer failure");
          }
          dispatched.add(event.seq());
        };
    Store store = replica(flaky);
    insertEvents(3);
    EventDispatcher dispatcher = dispatchers.get(0);

    assertThat(dispatcher.dispatchOnce()).isEqualTo(2);
    assertThat(dispatched).containsExactly(1L, 3L);
    assertThat(store.events().undispatched()).isEqualTo(1);
    assertThat(dispatcher.dispatchOnce()).isZero();
    assertThat(store.events().undispatched()).isEqualTo(1);

    assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
    assertThat(dispatched).containsExactly(1L, 3L, 2L);
    assertThat(store.events().undispatched()).isZero();
    assertThat(dispatcher.dispatchOnce()).isZero();
  }

  private Store replica(EventConsumer consumer) {
    Database database = Database.open(url, "postgres", null, 4, null);
    databases.add(database);
    Store store = new Store(database);
    dispatchers.add(new EventDispatcher(store, Clock.systemUTC(), List.of(consumer), null));
    return store;
  }

  /**
   * Events of invoices this test does not need: the invoices' foreign key is off while inserting.
   */
  private void insertEvents(int count) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "postgres", null);
        var statement = connection.createStatement()) {
      statement.execute("set session_replication_role = replica");
      statement.execute(
          "insert into invoice_events (invoice_id, kind, at, version, client_id, member_id,"
              + " by_client) select 'inv-' || n, 'sentAt', now(), 2, 'c', 'm', true"
              + " from generate_series(1, "
              + count
              + ") n");
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
