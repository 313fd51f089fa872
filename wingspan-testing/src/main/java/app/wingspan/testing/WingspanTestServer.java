package app.wingspan.testing;

import app.wingspan.sdk.Wingspan;
import app.wingspan.server.Embedding;
import app.wingspan.server.MailConfig;
import app.wingspan.server.ServerConfig;
import app.wingspan.server.WingspanServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Wingspan-compatible server (wingspan-server) running inside this JVM for tests: on a
 * free loopback port, on its own throw-away embedded PostgreSQL, with a {@link TestClock} and
 * {@link Faults} that only this embedding can reach (the server has no HTTP route for either).
 *
 * <pre>{@code
 * try (WingspanTestServer wingspan = WingspanTestServer.start()) {
 *   Wingspan sdk = wingspan.sdk();                 // calls as wingspan.accounts().client()
 *   String memberId = wingspan.accounts().member().id();
 *   ...
 *   wingspan.reset();                              // empty database, system time, no faults
 * }
 * }</pre>
 *
 * <p>With JUnit, {@link WingspanTest @WingspanTest} starts one per JVM and resets it before every
 * test. Thread-safe; a reset must not overlap requests of the test that follows it.
 */
public final class WingspanTestServer implements AutoCloseable {
  /**
   * How long a bank debit stays in transit before it settles by itself (see {@link
   * #settleBankPayments()}).
   */
  public static final Duration ACH_SETTLEMENT_DELAY = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(WingspanTestServer.class);

  /** PostgreSQL's SQLSTATE for a deadlock, which it resolves by failing one transaction. */
  private static final String DEADLOCK = "40P01";

  /**
   * How long a reset waits for requests still in flight (a delayed one, typically) before it goes
   * on.
   */
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

  private final TestPostgres postgres;
  private final WingspanServer server;
  private final TestClock clock;
  private final Faults faults;
  private final FaultHandler faultHandler;
  private final TestAccounts accounts;
  private final String baseUrl;
  private final String emptyDatabase;
  private final HttpClient httpClient;
  private final TestMail mail;
  private final TestWebhooks webhooks;
  private final Path outbox;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object workLock = new Object();
  private Connection sql;
  private Connection workSql;

  private WingspanTestServer(
      TestPostgres postgres,
      WingspanServer server,
      TestClock clock,
      Faults faults,
      FaultHandler faultHandler,
      Path outbox) {
    this.postgres = postgres;
    this.server = server;
    this.clock = clock;
    this.faults = faults;
    this.faultHandler = faultHandler;
    this.accounts = new TestAccounts(server.store());
    this.baseUrl = "http://127.0.0.1:" + server.port();
    this.httpClient =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.emptyDatabase = emptyDatabase();
    this.mail = new TestMail(outbox);
    this.webhooks = new TestWebhooks(accounts, this::sdk, clock, this::pendingWork);
    this.outbox = outbox;
  }

  /**
   * Starts a server of its own: a fresh embedded PostgreSQL in a temporary directory (without
   * fsync: test data is thrown away), migrated, and the server on a free port of 127.0.0.1. The
   * data directory is deleted by {@link #close()}.
   *
   * @return the running server, empty
   */
  public static WingspanTestServer start() {
    return start(0);
  }

  static WingspanTestServer start(int port) {
    TestPostgres postgres = TestPostgres.start();
    try {
      Path outbox = temporaryOutbox();
      TestClock clock = new TestClock(Clock.systemUTC());
      Faults faults = new Faults();
      FaultHandler faultHandler = new FaultHandler(faults);
      // The test processor moves no money; bank debits settle after the delay, or at once through
      // settleBankPayments().
      ServerConfig config =
          ServerConfig.builder()
              .host("127.0.0.1")
              .port(port)
              .database(postgres.jdbcUrl(), "postgres", null)
              .logLevel(currentLogLevel())
              // The kit's server is the only writer of its database.
              .invoiceCache(true)
              .paymentProcessor("test")
              .achSettlementDelay(ACH_SETTLEMENT_DELAY)
              // Emails as .eml files the kit reads back (mail()), never to a real relay.
              .mail(
                  new MailConfig(null, null, "invoices@wingspan.test", "Wingspan Invoices", outbox))
              // Webhooks by http to loopback: where the kit's receivers (webhooks()) listen.
              .webhooksAllowLoopback(true)
              .build();
      WingspanServer server =
          WingspanServer.start(config, Embedding.none().withClock(clock).withHandler(faultHandler));
      try {
        return new WingspanTestServer(postgres, server, clock, faults, faultHandler, outbox);
      } catch (RuntimeException | Error e) {
        server.close();
        throw e;
      }
    } catch (RuntimeException | Error e) {
      postgres.close();
      throw e;
    }
  }

  private static Path temporaryOutbox() {
    try {
      return Files.createTempDirectory("wingspan-test-mail");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the test server's mail outbox", e);
    }
  }

  /**
   * Runs the test server as a process, for tests written in other languages: it prints its base URL
   * and the ready accounts' tokens, then takes commands on standard input (see {@code help}); it
   * stops on SIGTERM or Ctrl-C. Unlike {@code java -jar wingspan-server.jar}, it starts empty every
   * time on a throw-away database, listens on 127.0.0.1 only, and its clock and faults can be
   * driven (from standard input, never over HTTP).
   *
   * @param args {@code --port <port>} (default 0: a free port)
   * @throws IOException if standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    int port = 0;
    try {
      if (args.length == 2 && args[0].equals("--port")) {
        port = Integer.parseInt(args[1]);
      } else if (args.length != 0) {
        throw new IllegalArgumentException("unknown arguments");
      }
    } catch (IllegalArgumentException e) {
      System.err.println(
          "wingspan-testing: "
              + e.getMessage()
              + "; usage: java -jar wingspan-testing.jar"
              + " [--port <port>]");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    WingspanTestServer server = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "wingspan-testing-shutdown"));
    Commands commands = new Commands(server, System.out);
    System.out.printf(
        "wingspan-testing server ready on %s in %d ms%n%s%n%s%n",
        server.baseUrl(),
        (System.nanoTime() - t0) / 1_000_000,
        commands.answer("accounts"),
        Commands.HELP);
    System.out.flush();
    commands.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    // Standard input ended (e.g. started with < /dev/null): keep serving until stopped.
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The base URL to give code under test that builds its own client, e.g. {@code
   * http://127.0.0.1:41234}.
   *
   * @return the server's base URL, without a trailing slash
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The port the server listens on, on 127.0.0.1.
   *
   * @return the HTTP port
   */
  public int port() {
    return server.port();
  }

  /**
   * The server's clock: set or advance it to move the server's "now" and "today".
   *
   * @return the clock
   */
  public TestClock clock() {
    return clock;
  }

  /**
   * Settles every bank payment in transit now, as the server's settlement worker would once it is
   * due: a debit from a test account that succeeds makes its invoice Paid, one from a failing
   * account makes it Open again. Without this, debits settle by themselves {@link
   * #ACH_SETTLEMENT_DELAY} after they start.
   *
   * @return how many payments were settled
   */
  public int settleBankPayments() {
    return server.settlePaymentsInTransit();
  }

  /**
   * Faults to inject into the next matching requests.
   *
   * @return the faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * The ready member and client, and more accounts on request.
   *
   * @return the accounts
   */
  public TestAccounts accounts() {
    return accounts;
  }

  /**
   * A client of this server calling as the ready client account, with the SDK's default settings
   * (retries included). The token is read before every request, so after a reset the same client
   * calls as the new ready client.
   *
   * @return a new client
   */
  public Wingspan sdk() {
    return Wingspan.builder()
        .serverURL(baseUrl)
        .bearerAuth(() -> accounts.client().token())
        .httpClient(httpClient)
        .build();
  }

  /**
   * A client of this server calling as {@code account}, with the SDK's default settings. All such
   * clients share one HTTP client.
   *
   * @param account the account whose token the client sends
   * @return a new client
   */
  public Wingspan sdk(TestAccount account) {
    return sdkBuilder(account).httpClient(httpClient).build();
  }

  /**
   * A builder of a client of this server calling as {@code account}, for settings of your own
   * (timeouts, retry policy).
   *
   * @param account the account whose token the client sends
   * @return a builder with the server URL and the token set
   */
  public Wingspan.Builder sdkBuilder(TestAccount account) {
    return Wingspan.builder().serverURL(baseUrl).bearerAuth(account.token());
  }

  /**
   * The emails this server sent since it started or was last reset: the invoice when it is sent,
   * reminders as its clock brings them due, payment confirmations.
   *
   * @return the captured mail
   */
  public TestMail mail() {
    return mail;
  }

  /**
   * The webhooks this server sent, caught by receivers a test registers in one line: {@code
   * server.webhooks().listen()}.
   *
   * @return the webhook receivers of this server
   */
  public TestWebhooks webhooks() {
    return webhooks;
  }

  /**
   * Brings the server back to a clean state without restarting anything: webhook receivers stopped
   * and forgotten, faults cleared (a request still waiting out an injected delay is dropped),
   * requests in flight awaited, clock back on the system time, every table emptied and every
   * sequence restarted (all but Flyway's history, so tables added by later migrations are covered
   * too), emails forgotten, and the server's caches forgotten. The ready member and client are
   * created anew on first use.
   */
  public synchronized void reset() {
    webhooks.clear();
    faults.clear();
    try {
      if (!faultHandler.awaitIdle(DRAIN_TIMEOUT)) {
        LOG.warn(
            "reset: requests still in flight after {}; emptying the database anyway",
            DRAIN_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for requests in flight", e);
    }
    clock.reset();
    execute(emptyDatabase);
    mail.clear();
    server.forgetCachedState();
    accounts.forget();
  }

  /**
   * What the server has still to do by its clock: durable work running or due, invoice events not
   * dispatched yet, and when its next work falls due (a webhook retry, a bank settlement, a
   * reminder). Read from the server's tables on a connection of its own, so a receiver waiting on
   * it never holds up a reset.
   */
  PendingWork pendingWork() {
    synchronized (workLock) {
      try {
        if (workSql == null || !workSql.isValid(2)) {
          workSql = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", null);
        }
        try (java.sql.PreparedStatement statement =
            workSql.prepareStatement(
                "select exists (select 1 from scheduled_tasks where picked or execution_time <= ?)"
                    + " or exists (select 1 from invoice_events where dispatched_at is null),"
                    + " (select min(execution_time) from scheduled_tasks"
                    + " where not picked and execution_time > ?)")) {
          java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
          statement.setTimestamp(1, now);
          statement.setTimestamp(2, now);
          try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            java.sql.Timestamp next = rs.getTimestamp(2);
            return new PendingWork(rs.getBoolean(1), next == null ? null : next.toInstant());
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(
            "could not read the server's scheduled work: " + e.getMessage(), e);
      }
    }
  }

  /** The JDBC URL of the test database (user postgres, no password), for the kit's own tests. */
  String jdbcUrl() {
    return postgres.jdbcUrl();
  }

  /**
   * Stops the server and its PostgreSQL and deletes the data directory. Safe to call more than
   * once.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    webhooks.clear();
    faults.clear();
    try {
      synchronized (this) {
        if (sql != null) {
          sql.close();
        }
      }
      synchronized (workLock) {
        if (workSql != null) {
          workSql.close();
        }
      }
    } catch (SQLException e) {
      // closing anyway
    }
    try {
      server.close();
    } finally {
      try {
        postgres.close();
      } finally {
        mail.clear();
        try {
          Files.deleteIfExists(outbox);
        } catch (IOException e) {
          // a temporary directory; the system cleans it up
        }
      }
    }
  }

  /**
   * Describes the server.
   *
   * @return its base URL and clock
   */
  @Override
  public String toString() {
    return "WingspanTestServer[" + baseUrl + ", " + clock + "]";
  }

  /**
   * The statements that empty every table of the schema but Flyway's history and restart its
   * sequences, both listed from the catalog once, so tables and sequences added by later migrations
   * are covered. DELETE rather than TRUNCATE: a test leaves a few rows, and deleting them takes
   * under a millisecond where TRUNCATE, which gives every table and index a new file, takes about
   * ten. Foreign keys are triggers, which the replica role skips, so the order of the tables does
   * not matter.
   */
  private String emptyDatabase() {
    List<String> statements = new ArrayList<>();
    statements.add("set session_replication_role = replica");
    for (String table :
        catalog(
            "select quote_ident(tablename) from pg_tables where schemaname = current_schema()"
                + " and tablename <> 'flyway_schema_history' order by tablename")) {
      statements.add("delete from " + table);
    }
    if (statements.size() == 1) {
      throw new IllegalStateException(
          "the test database has no tables: were the migrations applied?");
    }
    for (String sequence :
        catalog(
            "select quote_ident(sequencename) from pg_sequences"
                + " where schemaname = current_schema() order by sequencename")) {
      statements.add("alter sequence " + sequence + " restart");
    }
    statements.add("set session_replication_role = origin");
    return String.join("; ", statements);
  }

  private List<String> catalog(String query) {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection().createStatement();
        ResultSet rs = statement.executeQuery(query)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not read the test database's catalog: " + e.getMessage(), e);
    }
    return names;
  }

  private synchronized void execute(String statement) {
    for (int attempt = 1; ; attempt++) {
      try (Statement s = connection().createStatement()) {
        s.execute(statement);
        return;
      } catch (SQLException e) {
        // The server's workers (a webhook delivery, an email) may still be writing the rows being
        // deleted; PostgreSQL then picks one side of the deadlock to fail, sometimes this one.
        if (!DEADLOCK.equals(e.getSQLState()) || attempt == 5) {
          throw new IllegalStateException(
              "could not reset the test database: " + e.getMessage(), e);
        }
        LOG.debug("reset: deadlock with the server's work, emptying again", e);
      }
    }
  }

  private synchronized Connection connection() throws SQLException {
    if (sql == null || !sql.isValid(2)) {
      sql = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", null);
    }
    return sql;
  }

  /**
   * The root logger's level, so starting the server leaves the test's logging as it is (the server
   * touches it only when the backend is Logback).
   */
  private static String currentLogLevel() {
    return app.wingspan.server.Logging.rootLevel()
        .filter(level -> !level.equals("OFF") && !level.equals("ALL"))
        .orElse("WARN");
  }
}
