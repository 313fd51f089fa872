package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invoice emails decided before a {@code kill -9} of the server and its embedded PostgreSQL are
 * sent after the next start, each once (one Message-ID per sent invoice).
 */
class MailKillNineTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Pattern TOKEN = Pattern.compile("client API token\\s+(wsk_\\S+)");
  private static final Pattern INVOICE = Pattern.compile("sample invoice id\\s+(\\S+)");

  @Test
  void invoiceEmailsQueuedAtAKillNineAreSentOnceAfterTheRestart() throws Exception {
    Path dataDir = TempDirs.create("wingspan-mail-kill");
    String[] mail = {
      "--smtp-url",
      "smtp://127.0.0.1:" + GREEN_MAIL.getSmtp().getPort() + "?starttls=off",
      "--mail-from",
      "invoices@wingspan.test"
    };
    int invoices = 8;
    int expected = invoices;
    DurabilityTest.ServerProcess first = DurabilityTest.ServerProcess.start(dataDir, mail);
    try {
      String token = first.find(TOKEN);
      String demo = first.find(INVOICE);
      com.fasterxml.jackson.databind.JsonNode demoInvoice =
          first.send("GET", "/payments/client/invoice/" + demo, token, null).json();
      String memberId = demoInvoice.path("memberClient").path("memberId").asText();
      if (!demoInvoice.path("events").path("sentAt").isMissingNode()) {
        expected++; // the demo's sample invoice is sent on the first start: its email too
      }
      for (int i = 0; i < invoices; i++) {
        TestApp.Response created =
            first.send("POST", "/payments/client/invoice", token, TestApp.createBody(memberId));
        assertThat(created.status()).isEqualTo(200);
        String id = created.json().path("invoiceId").asText();
        assertThat(
                first
                    .send("PATCH", "/payments/client/invoice/" + id, token, "{\"status\":\"Open\"}")
                    .status())
            .isEqualTo(200);
      }
    } finally {
      killNine(first, dataDir);
    }
    int sentBeforeTheKill = invoiceMessageIds().size();

    DurabilityTest.ServerProcess second = DurabilityTest.ServerProcess.start(dataDir, mail);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (invoiceMessageIds().size() < expected && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Thread.sleep(3_000); // nothing more comes
      assertThat(invoiceMessageIds())
          .as("sent before the kill: %s", sentBeforeTheKill)
          .hasSize(expected);
    } finally {
      second.process.destroy();
      second.process.waitFor(60, TimeUnit.SECONDS);
    }
    TempDirs.delete(dataDir);
  }

  /** Distinct Message-IDs of the invoice emails received. */
  private static Set<String> invoiceMessageIds() throws Exception {
    Set<String> ids = new LinkedHashSet<>();
    for (MimeMessage message : GREEN_MAIL.getReceivedMessages()) {
      if (message.getMessageID().contains(".invoice@")) {
        ids.add(message.getMessageID());
      }
    }
    return ids;
  }

  /** SIGKILL to the embedded PostgreSQL (postmaster and children), then to the server's JVM. */
  static void killNine(DurabilityTest.ServerProcess server, Path dataDir) throws Exception {
    long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> postgres = new ArrayList<>(postmaster.descendants().toList());
    postgres.add(0, postmaster);
    postgres.forEach(ProcessHandle::destroyForcibly);
    server.process.destroyForcibly();
    assertThat(server.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    for (ProcessHandle process : postgres) {
      process.onExit().get(30, TimeUnit.SECONDS);
    }
  }
}
