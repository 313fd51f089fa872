package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.sdk.Webhooks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries decided before a {@code kill -9} of the server and its embedded PostgreSQL,
 * whose receiver was down, are delivered after the next start once the receiver is back: each event
 * once, signed, with its first webhook-id.
 */
class WebhookKillNineTest {
  private static final Pattern TOKEN = Pattern.compile("client API token\\s+(wsk_\\S+)");
  private static final Pattern INVOICE = Pattern.compile("sample invoice id\\s+(\\S+)");
  private static final String SECRET = "kill-nine-endpoint-secret-0123456789";

  @Test
  void deliveriesPendingAtAKillNineWithTheReceiverDownAreDeliveredOnceAfterTheRestart()
      throws Exception {
    Path dataDir = TempDirs.create("wingspan-hooks-kill");
    int invoices = 6;
    List<String> sent = new ArrayList<>();
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      DurabilityTest.ServerProcess first = DurabilityTest.ServerProcess.start(dataDir);
      try {
        String token = first.find(TOKEN);
        String demo = first.find(INVOICE);
        String memberId =
            first
                .send("GET", "/payments/client/invoice/" + demo, token, null)
                .json()
                .path("memberClient")
                .path("memberId")
                .asText();
        TestApp.Response preference =
            first.send(
                "POST",
                "/integrations/webhooks/preference",
                token,
                "{\"url\":\""
                    + receiver.url("/hook")
                    + "\",\"sharedSecret\":\""
                    + SECRET
                    + "\",\"subscribedEvents\":[\"Invoice.Sent\"]}");
        assertThat(preference.status()).as(preference.body()).isEqualTo(201);
        receiver.down();
        for (int i = 0; i < invoices; i++) {
          TestApp.Response created =
              first.send("POST", "/payments/client/invoice", token, TestApp.createBody(memberId));
          assertThat(created.status()).isEqualTo(200);
          String id = created.json().path("invoiceId").asText();
          assertThat(
                  first
                      .send(
                          "PATCH", "/payments/client/invoice/" + id, token, "{\"status\":\"Open\"}")
                      .status())
              .isEqualTo(200);
          sent.add(id);
        }
        Thread.sleep(2_000); // the first attempts meet a closed port
      } finally {
        MailKillNineTest.killNine(first, dataDir);
      }
      receiver.up();

      DurabilityTest.ServerProcess second = DurabilityTest.ServerProcess.start(dataDir);
      try {
        // The first retry is 24 to 30 s after the failed attempt, by the wall clock here.
        receiver.await(r -> true, invoices, Duration.ofSeconds(90));
        Thread.sleep(3_000); // nothing more comes
        Map<String, Long> perId =
            receiver.received.stream()
                .collect(
                    Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
        assertThat(perId).hasSize(invoices);
        assertThat(perId.values()).containsOnly(1L);
        List<String> objects = new ArrayList<>();
        for (WebhookReceiver.Received r : receiver.received) {
          objects.add(
              Webhooks.constructEvent(
                      r.body(), r.webhookHeaders(), SECRET, Webhooks.DEFAULT_TOLERANCE, r.clock())
                  .objectId()
                  .orElseThrow());
        }
        assertThat(objects).containsExactlyInAnyOrderElementsOf(sent);
      } finally {
        second.process.destroy();
        second.process.waitFor(60, TimeUnit.SECONDS);
      }
    }
    TempDirs.delete(dataDir);
  }
}
