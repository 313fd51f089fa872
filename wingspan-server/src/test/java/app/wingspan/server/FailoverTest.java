package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The primary of a highly available PostgreSQL (pg_auto_failover: monitor, primary, synchronous
 * standby; {@code ha/cluster}) dies under load, twice: two server replicas on the multi-host URL
 * keep every acknowledged write, answer nothing but 200 or 503 with Retry-After, never hang, go
 * not-ready and ready again by themselves, and settle each bank debit exactly once. Prints the
 * figures docs/scale.md reports (and writes them to {@code target/failover-report.txt}).
 *
 * <p>Runs with the README's test command when {@code pg_autoctl} is installed ({@code .ci/run}
 * installs it); in CI ({@code CI} set) a missing {@code pg_autoctl} fails it. {@code -Dgroups=ha}
 * runs it alone.
 */
@Tag("ha")
class FailoverTest {
  /** Steady load before a kill, and after writes are acknowledged again. */
  private static final long STEADY_MS = 3_000;

  private static final int DEBITS = 4;

  @Test
  void killingThePrimaryUnderLoadLosesNoAcknowledgedWriteAndAnswersOnly503sMeanwhile()
      throws Exception {
    if (System.getenv("CI") != null) {
      assertThat(HaCluster.installed())
          .as("pg_autoctl installed in CI (.ci/run installs postgresql-15-auto-failover)")
          .isTrue();
    }
    Assumptions.assumeTrue(HaCluster.installed(), "pg_autoctl is not installed");

    StringBuilder report = new StringBuilder();
    try (HaCluster cluster = HaCluster.start()) {
      Map<String, String> settings =
          Map.of(
              "WINGSPAN_INVOICE_CACHE", "false",
              "WINGSPAN_LOG_LEVEL", "WARN",
              // Due while the first primary is down, so the workers settle them on the next one.
              "WINGSPAN_ACH_SETTLEMENT_DELAY", "4s");
      TestApp a = TestApp.startOn(cluster.jdbcUrl(), settings);
      TestApp b = TestApp.startOn(cluster.jdbcUrl(), settings);
      try {
        TestApp.Party client = a.client();
        TestApp.Party member = a.member();
        List<String> paid = new ArrayList<>();
        for (int i = 0; i < DEBITS; i++) {
          paid.add(a.sentInvoice(client, member));
        }
        WriteLoad load = new WriteLoad();
        List<Round> rounds = new ArrayList<>();
        try {
          for (TestApp app : List.of(a, b)) {
            String name = app == a ? "A" : "B";
            load.creating(name, app, client, member);
            load.patching(name, app, client, app.createInvoice(client, member));
            load.probingReadiness(name, app);
          }
          Thread.sleep(STEADY_MS);
          for (String id : paid) {
            TestApp.Response payment = b.pay(client, id, "{\"accountId\":\"ba_test_success\"}");
            assertThat(payment.status()).as(payment.body()).isEqualTo(200);
          }
          rounds.add(failOver(cluster, load));
          String old = rounds.get(0).killed();
          cluster.rejoin(old);
          Thread.sleep(STEADY_MS);
          rounds.add(failOver(cluster, load));
        } finally {
          load.close();
        }

        for (String id : paid) {
          a.await(client, id, invoice -> invoice.path("status").asText().equals("Paid"));
        }
        JsonAdmin.createAccountOn(cluster.jdbcUrl());

        List<WriteLoad.Write> writes = load.writes();
        String primary = cluster.primary();
        try (Connection db = cluster.connect(primary)) {
          report(report, writes, load, rounds, db, paid);
        }
        Files.writeString(Path.of("target", "failover-report.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);

        assertThat(writes.stream().filter(w -> w.failure() != null).map(WriteLoad.Write::failure))
            .as("answers other than 200 and 503 with Retry-After, and requests with no answer")
            .isEmpty();
        assertThat(writes)
            .as("slowest answer")
            .allSatisfy(
                w ->
                    assertThat(w.endNanos() - w.startNanos())
                        .isLessThan(WriteLoad.REQUEST_DEADLINE.toNanos()));
        try (Connection db = cluster.connect(primary)) {
          assertThat(lostWrites(db, writes)).as("acknowledged writes missing").isEmpty();
          assertThat(settlementsPerInvoice(db, paid))
              .as("settlements of each paid invoice")
              .containsOnly(1);
        }
        for (Round round : rounds) {
          assertThat(load.firstAcknowledgedSince(round.killNanos()))
              .as("a write acknowledged after killing %s", round.killed())
              .isPresent();
        }
      } finally {
        a.server.close();
        b.server.close();
      }
    }
  }

  /**
   * One failover: which node was killed, when the kill command started and when it had been done
   * (kill -9 is its last step), when the monitor reported another node primary, and when the round
   * ended.
   */
  record Round(
      String killed,
      String promoted,
      long killStartNanos,
      long killNanos,
      long promotedNanos,
      long endNanos) {
    /** From the start of the kill command (its answers and readiness belong to this round). */
    boolean during(long nanos) {
      return nanos >= killStartNanos && nanos < endNanos;
    }
  }

  private static Round failOver(HaCluster cluster, WriteLoad load) throws Exception {
    String primary = cluster.primary();
    long killStart = System.nanoTime();
    cluster.kill(primary);
    // Counted from when kill -9 has been sent (the script's start-up is not the database's).
    long kill = System.nanoTime();
    String promoted = cluster.awaitPrimaryOtherThan(primary, 120);
    long promotedAt = System.nanoTime();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (load.firstAcknowledgedSince(kill).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(STEADY_MS);
    return new Round(primary, promoted, killStart, kill, promotedAt, System.nanoTime());
  }

  /** The acknowledged writes the primary does not have. */
  private static List<WriteLoad.Write> lostWrites(Connection db, List<WriteLoad.Write> writes)
      throws Exception {
    List<WriteLoad.Write> lost = new ArrayList<>();
    try (PreparedStatement created = db.prepareStatement("select 1 from invoices where id = ?");
        PreparedStatement patched =
            db.prepareStatement(
                "select i.version >= ? and exists (select 1 from invoice_history h"
                    + " where h.invoice_id = i.id and h.changes @> jsonb_build_array("
                    + "jsonb_build_object('field', 'creditFeeHandling', 'after',"
                    + " jsonb_build_object('clientPays', ?::numeric))))"
                    + " from invoices i where i.id = ?")) {
      for (WriteLoad.Write write : writes) {
        if (!write.acknowledged()) {
          continue;
        }
        PreparedStatement check;
        if (write.kind().equals("create")) {
          check = created;
          check.setString(1, write.invoiceId());
        } else {
          check = patched;
          check.setLong(1, write.version());
          check.setBigDecimal(2, write.clientPays());
          check.setString(3, write.invoiceId());
        }
        try (ResultSet rs = check.executeQuery()) {
          if (!rs.next() || !rs.getBoolean(1)) {
            lost.add(write);
          }
        }
      }
    }
    return lost;
  }

  /** How many settlements each paid invoice's history records. */
  private static List<Integer> settlementsPerInvoice(Connection db, List<String> ids)
      throws Exception {
    List<Integer> counts = new ArrayList<>();
    try (PreparedStatement count =
        db.prepareStatement(
            "select count(*) from invoice_history where invoice_id = ? and changes @>"
                + " '[{\"field\": \"payment\", \"after\": {\"state\": \"settled\"}}]'")) {
      for (String id : ids) {
        count.setString(1, id);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          counts.add(rs.getInt(1));
        }
      }
    }
    return counts;
  }

  private static void report(
      StringBuilder out,
      List<WriteLoad.Write> writes,
      WriteLoad load,
      List<Round> rounds,
      Connection db,
      List<String> paid)
      throws Exception {
    long acknowledged = writes.stream().filter(WriteLoad.Write::acknowledged).count();
    long unavailable = writes.stream().filter(w -> w.status() == 503).count();
    long other5xx = writes.stream().filter(w -> w.status() >= 500 && w.status() != 503).count();
    long unanswered = writes.stream().filter(w -> w.status() == -1).count();
    long slowest = writes.stream().mapToLong(w -> w.endNanos() - w.startNanos()).max().orElse(0);
    out.append("failover report (FailoverTest)\n");
    out.append(
        String.format(
            Locale.ROOT,
            "writes sent %d, acknowledged %d (creates %d, PATCHes %d), lost %d, 503 %d,"
                + " other 5xx %d, unanswered %d, slowest answer %.2f s%n",
            writes.size(),
            acknowledged,
            writes.stream().filter(w -> w.acknowledged() && w.kind().equals("create")).count(),
            writes.stream().filter(w -> w.acknowledged() && w.kind().equals("patch")).count(),
            lostWrites(db, writes).size(),
            unavailable,
            other5xx,
            unanswered,
            slowest / 1e9));
    out.append(
        String.format(
            Locale.ROOT,
            "bank debits settled during the failovers: %d, settlements per invoice: %s%n",
            paid.size(),
            settlementsPerInvoice(db, paid)));
    for (int n = 0; n < rounds.size(); n++) {
      Round round = rounds.get(n);
      long kill = round.killNanos();
      WriteLoad.Write first = load.firstAcknowledgedSince(kill).orElse(null);
      List<WriteLoad.Write> refused =
          writes.stream().filter(w -> w.status() == 503 && round.during(w.startNanos())).toList();
      out.append(
          String.format(
              Locale.ROOT,
              "failover %d: killed %s; %s reported primary at +%.2f s; write gap (kill to the first"
                  + " acknowledged write sent after it) %s; 503s %d, the last sent at +%.2f s%n",
              n + 1,
              round.killed(),
              round.promoted(),
              (round.promotedNanos() - kill) / 1e9,
              first == null
                  ? "none"
                  : String.format(Locale.ROOT, "%.2f s", (first.endNanos() - kill) / 1e9),
              refused.size(),
              refused.stream().mapToLong(WriteLoad.Write::startNanos).max().orElse(kill) / 1e9
                  - kill / 1e9));
      String timeline =
          load.readiness.stream()
              .filter(r -> round.during(r.nanos()))
              .map(
                  r ->
                      String.format(
                          Locale.ROOT,
                          "%s %s at %+.2f s",
                          r.replica(),
                          r.ready() ? "ready" : "not ready",
                          (r.nanos() - kill) / 1e9))
              .collect(Collectors.joining(", "));
      out.append("  readiness: ").append(timeline).append('\n');
    }
    long between =
        writes.stream()
            .filter(
                w -> w.status() == 503 && rounds.stream().noneMatch(r -> r.during(w.startNanos())))
            .count();
    out.append("503s outside the failovers (before them, and while the old primary rejoined): ")
        .append(between)
        .append('\n');
  }

  /** The admin command, run as an operator would, against the multi-host URL. */
  private static final class JsonAdmin {
    static void createAccountOn(String url) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      picocli.CommandLine cl = Main.commandLine(Map.of());
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int code =
          cl.execute(
              "admin",
              "create-account",
              "--kind",
              "member",
              "--name",
              "After Failover",
              "--database-url",
              url,
              "--database-user",
              "postgres");
      assertThat(code).as(err.toString()).isZero();
      assertThat(out.toString()).contains("\"kind\":\"member\"");
    }
  }
}
