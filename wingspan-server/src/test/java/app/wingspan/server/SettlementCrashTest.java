package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.DurabilityTest.ServerProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The settlement queue survives the server: debits in transit when the process is killed ({@code kill -9}) or
 * stopped (SIGTERM) settle after the next start, each exactly once. Real processes on the embedded default;
 * every wait is bounded and every process is stopped.
 */
class SettlementCrashTest {
  private static final Pattern TOKEN = Pattern.compile("client API token\\s+(wsk_\\S+)");
  private static final Pattern PAY_LINE =
      Pattern.compile("-d '(\\{\"paymentMethodId\":\"pm_card_visa\"\\})' http://localhost:\\d+(/\\S+/pay)");
  private static final String DELAY = "3s";

  @Test
  void debitsInTransitSettleExactlyOnceAfterKillNineAndAfterARestart() throws Exception {
    Path dataDir = TempDirs.create("wingspan-settlement-crash");
    List<ServerProcess> started = new ArrayList<>();
    try {
      ServerProcess first = start(dataDir, started);
      String token = first.find(TOKEN);
      TestApp.Party client = new TestApp.Party(null, token);

      // The banner's pay line works as printed.
      Matcher payLine = PAY_LINE.matcher(first.output());
      assertThat(payLine.find()).as(first.output()).isTrue();
      TestApp.Response demoPaid = first.send("POST", payLine.group(2), token, payLine.group(1));
      assertThat(demoPaid.status()).as(demoPaid.body()).isEqualTo(200);
      assertThat(demoPaid.json().path("status").asText()).isEqualTo("Paid");
      String memberId = demoPaid.json().path("memberClient").path("memberId").asText();

      List<String> killedInTransit = payByBank(first, token, memberId, 3);
      first.process.destroyForcibly(); // kill -9 with three debits in transit
      assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

      ServerProcess second = start(dataDir, started);
      List<String> stoppedInTransit = payByBank(second, token, memberId, 3);
      second.process.destroy(); // SIGTERM before they are due
      assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(second.process.exitValue()).isZero();

      ServerProcess third = start(dataDir, started);
      List<String> all = new ArrayList<>(killedInTransit);
      all.addAll(stoppedInTransit);
      for (int i = 0; i < all.size(); i++) {
        String expected = i % 3 == 2 ? "Open" : "Paid";
        TestApp.Response done = TestApp.at(portOf(third)).await(client, all.get(i),
            invoice -> invoice.path("status").asText().equals(expected));
        // Created, sent, paid, settled: a second application would have made it 5 (or failed on the status).
        assertThat(done.header("ETag")).as("invoice %s settled once", all.get(i)).isEqualTo("\"4\"");
      }
      third.process.destroy();
      assertThat(third.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      for (ServerProcess process : started) {
        process.process.destroyForcibly();
        process.process.waitFor(30, TimeUnit.SECONDS);
      }
    }
    TempDirs.delete(dataDir);
  }

  private static ServerProcess start(Path dataDir, List<ServerProcess> started) throws Exception {
    ServerProcess process = ServerProcess.start(dataDir, "--ach-settlement-delay", DELAY);
    started.add(process);
    return process;
  }

  /** Sends {@code count} new invoices and pays each by bank; every third one from an account that fails. */
  private static List<String> payByBank(ServerProcess server, String token, String memberId, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TestApp.Response created = server.send("POST", "/payments/client/invoice", token, TestApp.createBody(memberId));
      String id = created.json().path("invoiceId").asText();
      assertThat(server.send("PATCH", "/payments/client/invoice/" + id, token, "{\"status\":\"Open\"}").status())
          .isEqualTo(200);
      String account = i % 3 == 2 ? "ba_test_accountClosed" : "ba_test_success";
      TestApp.Response paid =
          server.send("POST", "/payments/client/invoice/" + id + "/pay", token, "{\"accountId\":\"" + account + "\"}");
      assertThat(paid.json().path("status").asText()).as(paid.body()).isEqualTo("PaymentInTransit");
      ids.add(id);
    }
    return ids;
  }

  private static int portOf(ServerProcess server) {
    Matcher ready = Pattern.compile("ready on port (\\d+)").matcher(server.output());
    assertThat(ready.find()).isTrue();
    return Integer.parseInt(ready.group(1));
  }
}
