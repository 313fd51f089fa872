package app.wingspan.server;

import static app.wingspan.server.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one database and many concurrent writers: every PATCH applies to the
 * latest row, so the outcome is that of some serial order and no update is lost. Two writers of one
 * database run without the invoice cache, as they must; a single caching instance is tested for
 * reads racing writes.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PATCHES_PER_THREAD = 25;
  private static final Map<String, String> NO_CACHE = Map.of("WINGSPAN_INVOICE_CACHE", "false");
  private static TestApp one;
  private static TestApp two;
  private static final TestApp CACHING = TestApp.shared();

  @BeforeAll
  static void twoInstances() {
    one = TestApp.start(NO_CACHE);
    two = TestApp.start(NO_CACHE);
  }

  @AfterAll
  static void stopThem() {
    one.server.close();
    two.server.close();
  }

  @Test
  void onACachingInstanceAReadAfterAnAcknowledgedPatchNeverSeesAnOlderVersion() throws Exception {
    TestApp.Party client = CACHING.client();
    String id = CACHING.createInvoice(client, CACHING.member());
    String path = "/payments/client/invoice/" + id;

    List<TestApp.Response> reads =
        runConcurrently(
            (thread, i) -> {
              BigDecimal share = BigDecimal.valueOf(thread * 1000 + i + 1, 2);
              TestApp.Response patched =
                  CACHING.send(
                      "PATCH",
                      path,
                      client.token(),
                      "{\"creditFeeHandling\":{\"clientPays\":" + share.toPlainString() + "}}");
              TestApp.Response read = CACHING.get(path, client.token());
              assertThat(version(read))
                  .as("read after PATCH %s", patched.header("ETag"))
                  .isGreaterThanOrEqualTo(version(patched));
              return read;
            });

    assertThat(reads).extracting(TestApp.Response::status).containsOnly(200);
    int total = THREADS * PATCHES_PER_THREAD;
    TestApp.Response now = CACHING.get(path, client.token());
    assertThat(version(now)).isEqualTo(total + 1);
    // What the cache serves is byte for byte what the database holds.
    try (var connection = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl());
        var statement =
            connection.prepareStatement(
                // The document is the content's members, then the state's, in one object.
                "select i.version, left(c.content::text, -1) || ',' || substr(i.state::text, 2)"
                    + " from invoices i join invoice_contents c on c.invoice_id = i.id"
                    + " where i.id = ?")) {
      statement.setString(1, id);
      try (var rs = statement.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(total + 1);
        assertThat(now.body()).isEqualTo(rs.getString(2));
      }
    }
  }

  private static long version(TestApp.Response response) {
    return Long.parseLong(response.header("ETag").replace("\"", ""));
  }

  @Test
  void concurrentPatchesOnTwoInstancesLoseNothing() throws Exception {
    TestApp.Party client = one.client();
    String id = one.createInvoice(client, one.member());

    // Every PATCH sets a distinct clientPays, so each one is a real change.
    List<TestApp.Response> responses =
        runConcurrently(
            (thread, i) -> {
              TestApp app = (thread + i) % 2 == 0 ? one : two;
              // 0.01 .. 70.25: all distinct, and none equal to the default (the member pays all)
              BigDecimal share = BigDecimal.valueOf(thread * 1000 + i + 1, 2);
              return app.send(
                  "PATCH",
                  "/payments/client/invoice/" + id,
                  client.token(),
                  "{\"creditFeeHandling\":{\"clientPays\":" + share.toPlainString() + "}}");
            });

    int total = THREADS * PATCHES_PER_THREAD;
    assertThat(responses).extracting(TestApp.Response::status).containsOnly(200);
    // Each change saw the previous one: the versions handed out are exactly 2..total+1, once each.
    List<Long> versions =
        responses.stream()
            .map(r -> Long.parseLong(r.header("ETag").replace("\"", "")))
            .sorted()
            .collect(Collectors.toList());
    assertThat(versions)
        .isEqualTo(LongStream.rangeClosed(2, total + 1).boxed().collect(Collectors.toList()));
    assertThat(one.store().history(id)).hasSize(total);
    // The final state is that of the change that got the last version.
    TestApp.Response last =
        responses.stream()
            .filter(r -> r.header("ETag").equals("\"" + (total + 1) + "\""))
            .findFirst()
            .orElseThrow();
    TestApp.Response now = two.get("/payments/client/invoice/" + id, client.token());
    assertThat(now.header("ETag")).isEqualTo("\"" + (total + 1) + "\"");
    assertThat(now.body()).isEqualTo(last.body());
  }

  @Test
  void concurrentSendsNumberAMembersInvoicesUniquelyWithoutGaps() throws Exception {
    TestApp.Party member = one.member();
    TestApp.Party client = one.client();
    int count = 24;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(one.createInvoice(client, member));
    }

    List<TestApp.Response> responses =
        runConcurrently(
            THREADS,
            count / THREADS,
            (thread, i) -> {
              TestApp app = thread % 2 == 0 ? one : two;
              String id = ids.get(thread * (count / THREADS) + i);
              return app.send(
                  "PATCH",
                  "/payments/client/invoice/" + id,
                  client.token(),
                  "{\"status\":\"Open\"}");
            });

    assertThat(responses).extracting(TestApp.Response::status).containsOnly(200);
    List<Integer> numbers =
        responses.stream()
            .map(r -> Integer.parseInt(r.json().path("invoiceNumber").asText()))
            .sorted()
            .collect(Collectors.toList());
    assertThat(numbers)
        .isEqualTo(
            java.util.stream.IntStream.rangeClosed(1, count).boxed().collect(Collectors.toList()));
  }

  @Test
  void concurrentConflictingStatusChangesApplyExactlyOnce() throws Exception {
    TestApp.Party client = one.client();
    String id = one.createInvoice(client, one.member());
    one.send("PATCH", "/payments/client/invoice/" + id, client.token(), "{\"status\":\"Open\"}");

    // Half try to mark it paid, half to cancel it: the first wins, everything after is a refused
    // transition
    // or (same target again) no change.
    List<TestApp.Response> responses =
        runConcurrently(
            THREADS,
            2,
            (thread, i) ->
                (thread % 2 == 0 ? one : two)
                    .send(
                        "PATCH",
                        "/payments/client/invoice/" + id,
                        client.token(),
                        thread % 2 == 0 ? "{\"status\":\"Paid\"}" : "{\"status\":\"Cancelled\"}"));

    JsonNode finalState = one.get("/payments/client/invoice/" + id, client.token()).json();
    String winner = finalState.path("status").asText();
    assertThat(winner).isIn("Paid", "Cancelled");
    for (TestApp.Response response : responses) {
      boolean askedForWinner = response.status() == 200;
      if (askedForWinner) {
        assertThat(response.json().path("status").asText()).isEqualTo(winner);
      } else {
        assertThat(response.status()).isEqualTo(409);
      }
    }
    assertThat(one.store().history(id)).hasSize(2); // Open, then the one winning change
  }

  /**
   * If-Match with a concurrent writer: the caller's PATCH has read version 1 (its If-Match holds)
   * and waits on the row for its conditional write while another writer's transaction holds it;
   * that writer commits version 2. The write conditioned on version 1 finds nothing, the PATCH runs
   * again on the locked row, and there the If-Match must be tested again: 412, nothing applied.
   */
  @Test
  void anIfMatchIsTestedAgainIfAnotherWriterGetsInBetweenTheReadAndTheConditionalWrite()
      throws Exception {
    TestApp.Party client = one.client();
    String id = one.createInvoice(client, one.member());
    String path = "/payments/client/invoice/" + id;
    String before = one.get(path, client.token()).body();
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try (var otherWriter = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl())) {
      otherWriter.setAutoCommit(false);
      try (var write =
          otherWriter.prepareStatement(
              "update invoices set version = version + 1 where id = ? and version = 1")) {
        write.setString(1, id);
        assertThat(write.executeUpdate()).isEqualTo(1);
      }

      Future<TestApp.Response> patched =
          caller.submit(
              () ->
                  one.send(
                      "PATCH",
                      path,
                      client.token(),
                      "{\"creditFeeHandling\":{\"clientPays\":100}}",
                      "If-Match",
                      "\"1\""));
      awaitBlockedBy(otherWriter);
      otherWriter.commit();

      assertProblem(patched.get(30, TimeUnit.SECONDS), 412, "PRECONDITION_FAILED", "If-Match");
      TestApp.Response now = one.get(path, client.token());
      assertThat(now.header("ETag")).isEqualTo("\"2\"");
      assertThat(now.body()).as("nothing of the refused PATCH applied").isEqualTo(before);
      assertThat(one.store().history(id)).isEmpty();
    } finally {
      caller.shutdownNow();
    }
  }

  /** Waits until another session waits for a lock {@code holder} holds (at most 30 s). */
  private static void awaitBlockedBy(java.sql.Connection holder) throws Exception {
    long pid;
    try (var statement = holder.createStatement();
        var rs = statement.executeQuery("select pg_backend_pid()")) {
      rs.next();
      pid = rs.getLong(1);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (var watcher = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl());
        var blocked =
            watcher.prepareStatement(
                "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
      blocked.setLong(1, pid);
      while (System.nanoTime() < deadline) {
        try (var rs = blocked.executeQuery()) {
          rs.next();
          if (rs.getLong(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("no session waited for the other writer's lock within 30 s");
  }

  interface Call {
    TestApp.Response run(int thread, int iteration) throws Exception;
  }

  private static List<TestApp.Response> runConcurrently(Call call) throws Exception {
    return runConcurrently(THREADS, PATCHES_PER_THREAD, call);
  }

  private static List<TestApp.Response> runConcurrently(int threads, int perThread, Call call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<TestApp.Response>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Callable<List<TestApp.Response>> worker =
          () -> {
            start.await();
            List<TestApp.Response> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              mine.add(call.run(thread, i));
            }
            return mine;
          };
      futures.add(pool.submit(worker));
    }
    start.countDown();
    List<TestApp.Response> all = new ArrayList<>();
    for (Future<List<TestApp.Response>> future : futures) {
      all.addAll(future.get());
    }
    pool.shutdown();
    return all;
  }
}
