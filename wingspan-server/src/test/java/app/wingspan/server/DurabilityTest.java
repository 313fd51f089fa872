package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.Database;
import app.wingspan.server.store.EmbeddedPostgresServer;
import app.wingspan.server.store.OpenDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server as a real process on the embedded default: first start seeds the demo, acknowledged
 * writes survive {@code kill -9} of the server and of its PostgreSQL (postmaster and children:
 * crash recovery on the next start), the embedded PostgreSQL runs with fsync, synchronous commit
 * and full page writes on, the admin command works against a running server's data directory, and
 * SIGTERM shuts down cleanly. Bank debits in transit when the server is killed settle after the
 * next start, each exactly once (the settlement queue is durable).
 */
class DurabilityTest {
  private static final Pattern READY = Pattern.compile("ready on port (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("client API token\\s+(wsk_\\S+)");
  private static final Pattern INVOICE = Pattern.compile("sample invoice id\\s+(\\S+)");
  private static final Pattern PAY_LINE =
      Pattern.compile(
          "-d '(\\{\"paymentMethodId\":\"pm_card_visa\"\\})' http://localhost:\\d+(/\\S+/pay)");

  /**
   * Debits stay in transit this long: past the kill, short enough to wait for after the next start.
   */
  private static final String[] SETTLE = {"--ach-settlement-delay", "3s"};

  /** What the first run wrote and was acknowledged, which every later phase must find. */
  private record Written(
      String token,
      String demoInvoice,
      String createdInvoice,
      String adminToken,
      String memberId) {}

  @Test
  void acknowledgedWritesAndDebitsInTransitSurviveKillNineAndTheDemoIsSeededOnce()
      throws Exception {
    Path dataDir = TempDirs.create("wingspan-durability");

    ServerProcess first = ServerProcess.start(dataDir, SETTLE);
    Written written;
    List<String> killedInTransit;
    try {
      theEmbeddedDatabaseRunsDurably(dataDir);
      written = firstStartSeedsTheDemoAndAcknowledgesWrites(first, dataDir);
      killedInTransit = payByBank(first, written.token(), written.memberId());
    } catch (Throwable failed) {
      first.process.destroy(); // a failed check leaves no server (or PostgreSQL) running
      first.process.waitFor(60, TimeUnit.SECONDS);
      throw failed;
    }
    killNine(first, dataDir);

    ServerProcess second = ServerProcess.start(dataDir, SETTLE);
    try {
      theEmbeddedDatabaseRunsDurably(dataDir);
      secondStartFindsEveryAcknowledgedWrite(second, written);
      awaitSettledOnce(second, written.token(), killedInTransit, dataDir);
      theBannersPayLinePaysTheDemoInvoice(first, second, written);
      sigtermUnderLoadLetsInFlightRequestsFinish(second, written);
    } finally {
      second.process.destroyForcibly();
    }
    assertThat(second.process.exitValue()).isZero();
    assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    TempDirs.delete(dataDir);
  }

  /**
   * Phase 1: the first start seeds the demo; a send, a create and the admin command's account are
   * acknowledged.
   */
  private static Written firstStartSeedsTheDemoAndAcknowledgesWrites(
      ServerProcess first, Path dataDir) throws IOException {
    String token = first.find(TOKEN);
    String demoInvoice = first.find(INVOICE);
    TestApp.Response demo =
        first.send("GET", "/payments/client/invoice/" + demoInvoice, token, null);
    assertThat(demo.status()).isEqualTo(200);
    assertThat(first.output())
        .contains("curl -s -H 'Authorization: Bearer " + token + "' http://localhost:");

    TestApp.Response sent =
        first.send(
            "PATCH", "/payments/client/invoice/" + demoInvoice, token, "{\"status\":\"Open\"}");
    assertThat(sent.status()).isEqualTo(200);
    String memberId = demo.json().path("memberClient").path("memberId").asText();
    TestApp.Response created =
        first.send("POST", "/payments/client/invoice", token, TestApp.createBody(memberId));
    assertThat(created.status()).isEqualTo(200);

    // The admin command reaches the running server's database through its data directory.
    JsonNode account =
        admin(
            "admin",
            "create-account",
            "--kind",
            "client",
            "--name",
            "Ops Client",
            "--email",
            "ops@example.test",
            "--data-dir",
            dataDir.toString());
    JsonNode adminToken =
        admin(
            "admin",
            "create-token",
            "--account",
            account.path("id").asText(),
            "--data-dir",
            dataDir.toString());
    assertThat(
            first
                .send("GET", "/payments/client/invoice", adminToken.path("token").asText(), null)
                .status())
        .isEqualTo(200);
    return new Written(
        token,
        demoInvoice,
        created.json().path("invoiceId").asText(),
        adminToken.path("token").asText(),
        memberId);
  }

  /**
   * Phase 2: kill -9 of PostgreSQL (the postmaster and all its children) right after the last
   * acknowledged write, then of the server's JVM: no shutdown hook, no checkpoint, nothing written
   * back from PostgreSQL's shared memory. Only what was flushed to the WAL before each commit was
   * acknowledged is there for the next start's crash recovery.
   */
  private static void killNine(ServerProcess first, Path dataDir) throws Exception {
    ProcessHandle postmaster = postmaster(dataDir);
    List<ProcessHandle> postgres = new ArrayList<>(postmaster.descendants().toList());
    postgres.add(0, postmaster);
    postgres.forEach(ProcessHandle::destroyForcibly); // SIGKILL
    first.process.destroyForcibly();
    assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    for (ProcessHandle process : postgres) {
      process.onExit().get(30, TimeUnit.SECONDS);
    }
    assertThat(postgres).noneMatch(ProcessHandle::isAlive);
  }

  /** The embedded PostgreSQL's postmaster, from the data directory's {@code postmaster.pid}. */
  private static ProcessHandle postmaster(Path dataDir) throws IOException {
    long pid =
        Long.parseLong(
            java.nio.file.Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    assertThat(postmaster.info().command().orElse(""))
        .as("pid %s of postmaster.pid", pid)
        .contains("postgres");
    assertThat(postmaster.descendants().count()).as("PostgreSQL's own processes").isPositive();
    return postmaster;
  }

  /**
   * What the README promises (an acknowledged write survives kill -9 of the server and a crash of
   * the machine) needs these settings; zonky's defaults turn them off. Read over the server's own
   * pool settings, joined to the running server's database as the admin command joins it.
   */
  private static void theEmbeddedDatabaseRunsDurably(Path dataDir) throws Exception {
    try (OpenDatabase joined = OpenDatabase.open(null, null, null, dataDir, true, 1, null)) {
      assertDurableSettings(joined.database().dataSource());
    }
  }

  static void assertDurableSettings(javax.sql.DataSource dataSource) throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (var rs = statement.executeQuery("show " + setting)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).as("SHOW %s", setting).isEqualTo("on");
        }
      }
    }
  }

  /** An external database: the server's pool leaves its durability settings as they are. */
  @Test
  void onADurableExternalDatabaseTheServersSessionsKeepItsDurabilitySettings() throws Exception {
    Path dir = TempDirs.create("wingspan-external-pg");
    try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(dir, 0, true)) {
      TestApp app = TestApp.startOn(external.jdbcUrl(), Map.of());
      try (Database pool = Database.open(external.jdbcUrl(), "postgres", null, 1, null)) {
        app.createInvoice(app.client(), app.member());
        assertDurableSettings(pool.dataSource());
      } finally {
        app.server.close();
      }
    } finally {
      TempDirs.delete(dir);
    }
  }

  /**
   * Phase 3: the next start takes over the data directory, seeds nothing, and serves every
   * acknowledged write.
   */
  private static void secondStartFindsEveryAcknowledgedWrite(
      ServerProcess second, Written written) {
    assertThat(second.output()).doesNotContain("Demo data created");
    JsonNode reread =
        second
            .send("GET", "/payments/client/invoice/" + written.demoInvoice(), written.token(), null)
            .json();
    assertThat(reread.path("status").asText()).isEqualTo("Open");
    assertThat(reread.path("invoiceNumber").asText()).isEqualTo("1");
    assertThat(
            second
                .send(
                    "GET",
                    "/payments/client/invoice/" + written.createdInvoice(),
                    written.token(),
                    null)
                .status())
        .isEqualTo(200);
    assertThat(second.send("GET", "/payments/client/invoice", written.adminToken(), null).status())
        .isEqualTo(200);
  }

  /**
   * Phase 3b: the first start's banner line pays the demo invoice as printed (on this start's
   * port).
   */
  private static void theBannersPayLinePaysTheDemoInvoice(
      ServerProcess first, ServerProcess second, Written written) {
    Matcher payLine = PAY_LINE.matcher(first.output());
    assertThat(payLine.find()).as(first.output()).isTrue();
    TestApp.Response paid =
        second.send("POST", payLine.group(2), written.token(), payLine.group(1));
    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(paid.json().path("status").asText()).isEqualTo("Paid");
  }

  /**
   * Phase 4: SIGTERM under load: requests in flight finish; none sees the database vanish
   * underneath it.
   */
  private static void sigtermUnderLoadLetsInFlightRequestsFinish(
      ServerProcess second, Written written) throws Exception {
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger answered = new AtomicInteger();
    ExecutorService load = Executors.newFixedThreadPool(4);
    CountDownLatch warmedUp = new CountDownLatch(20);
    List<Future<IOException>> tasks = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      tasks.add(
          load.submit(
              () -> {
                while (true) {
                  TestApp.Response response;
                  try {
                    response =
                        second.send(
                            "GET",
                            "/payments/client/invoice/" + written.demoInvoice(),
                            written.token(),
                            null);
                  } catch (UncheckedIOException closed) {
                    // Only a failure to exchange bytes at all means the listener closed: the
                    // server is going away, as asked. Anything else ends the task and is read
                    // below.
                    return closed.getCause();
                  }
                  answered.incrementAndGet();
                  warmedUp.countDown();
                  String code =
                      response.status() == 200 ? "" : response.json().path("code").asText();
                  if (code.equals("SERVICE_UNAVAILABLE") || code.equals("INTERNAL_ERROR")) {
                    failures.add(response.status() + " " + code);
                  }
                }
              }));
    }
    assertThat(warmedUp.await(30, TimeUnit.SECONDS)).as("20 answers before the SIGTERM").isTrue();
    second.process.destroy(); // SIGTERM: drain HTTP, close the pool, stop PostgreSQL, exit 0
    assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    load.shutdown();
    assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    for (Future<IOException> task : tasks) {
      // Rethrows whatever ended a task other than the closed listener (a failed check included);
      // a request left hanging by the shutdown is a failure too.
      assertThat(task.get())
          .as("how a load task ended")
          .isNotInstanceOf(java.net.http.HttpTimeoutException.class);
    }
    assertThat(answered.get()).isGreaterThanOrEqualTo(20);
    assertThat(failures).isEmpty();
  }

  /**
   * Sends three new invoices and pays each by bank; the third from an account whose debit fails.
   */
  private static List<String> payByBank(ServerProcess server, String token, String memberId) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      TestApp.Response created =
          server.send("POST", "/payments/client/invoice", token, TestApp.createBody(memberId));
      String id = created.json().path("invoiceId").asText();
      assertThat(
              server
                  .send("PATCH", "/payments/client/invoice/" + id, token, "{\"status\":\"Open\"}")
                  .status())
          .isEqualTo(200);
      String account = i == 2 ? "ba_test_accountClosed" : "ba_test_success";
      TestApp.Response paid =
          server.send(
              "POST",
              "/payments/client/invoice/" + id + "/pay",
              token,
              "{\"accountId\":\"" + account + "\"}");
      assertThat(paid.json().path("status").asText()).as(paid.body()).isEqualTo("PaymentInTransit");
      ids.add(id);
    }
    return ids;
  }

  /**
   * Each debit settles (Paid, or Open for the failing account), and exactly once: the invoice is at
   * version 4.
   */
  private static void awaitSettledOnce(
      ServerProcess server, String token, List<String> ids, Path dataDir) throws Exception {
    for (int i = 0; i < ids.size(); i++) {
      String expected = i == 2 ? "Open" : "Paid";
      TestApp.Response done =
          server.app.await(
              new TestApp.Party(null, token),
              ids.get(i),
              invoice -> invoice.path("status").asText().equals(expected));
      // Created, sent, paid, settled: a second application would have made it 5 (or failed on the
      // status).
      assertThat(done.header("ETag")).as("invoice %s settled once", ids.get(i)).isEqualTo("\"4\"");
    }
    // And the payment rows say so: one debit each, settled (or failed) once.
    try (OpenDatabase joined = OpenDatabase.open(null, null, null, dataDir, true, 1, null);
        var connection = joined.database().dataSource().getConnection();
        var query =
            connection.prepareStatement(
                "select state, settled_at from payments where invoice_id = ?")) {
      for (int i = 0; i < ids.size(); i++) {
        query.setString(1, ids.get(i));
        List<String> states = new ArrayList<>();
        try (var rs = query.executeQuery()) {
          while (rs.next()) {
            states.add(rs.getString(1));
            assertThat(rs.getTimestamp(2)).as("settled_at of %s", ids.get(i)).isNotNull();
          }
        }
        assertThat(states)
            .as("payments of %s", ids.get(i))
            .containsExactly(i == 2 ? "failed" : "settled");
      }
    }
  }

  private static JsonNode admin(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(Map.of());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    assertThat(code).as(err.toString()).isZero();
    return ServerJson.mapper().readTree(out.toString());
  }

  /** {@code java -cp <test class path> app.wingspan.server.Main}, as a real child process. */
  static final class ServerProcess {
    final Process process;
    private final StringBuilder output = new StringBuilder();
    private final TestApp app;

    private ServerProcess(Process process, int port) {
      this.process = process;
      this.app = TestApp.at(port);
    }

    static ServerProcess start(Path dataDir, String... extraArgs) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          new ArrayList<>(
              List.of(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "app.wingspan.server.Main",
                  "--data-dir",
                  dataDir.toString(),
                  "--port",
                  "0",
                  "--log-level",
                  "WARN"));
      command.addAll(List.of(extraArgs));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.redirectErrorStream(true);
      builder.environment().keySet().removeIf(name -> name.startsWith("WINGSPAN_"));
      Process process = builder.start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      StringBuilder all = new StringBuilder();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // the process ended
                }
              },
              "server-output");
      reader.setDaemon(true);
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line == null) {
          if (!process.isAlive()) {
            break;
          }
          continue;
        }
        all.append(line).append('\n');
        Matcher ready = READY.matcher(line);
        if (ready.find()) {
          ServerProcess server = new ServerProcess(process, Integer.parseInt(ready.group(1)));
          server.output.append(all);
          return server;
        }
      }
      process.destroyForcibly();
      throw new AssertionError("server did not become ready:\n" + all);
    }

    String output() {
      return output.toString();
    }

    String find(Pattern pattern) {
      Matcher matcher = pattern.matcher(output);
      assertThat(matcher.find()).as("%s in%n%s", pattern, output).isTrue();
      return matcher.group(1);
    }

    TestApp.Response send(String method, String path, String token, String body) {
      return app.send(method, path, token, body);
    }
  }
}
