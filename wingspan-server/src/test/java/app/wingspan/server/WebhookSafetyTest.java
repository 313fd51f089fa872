package app.wingspan.server;

import static app.wingspan.server.WebhookFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.DeliveryRow;
import app.wingspan.server.store.OpenDatabase;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.WebhookRow;
import app.wingspan.server.webhook.DeliveryClient;
import app.wingspan.server.webhook.EndpointPolicy;
import app.wingspan.server.webhook.RetrySchedule;
import app.wingspan.server.webhook.WebhookDeliveries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The endpoint safety rules on the delivery path itself: redirects are not followed, endpoints the
 * rules refuse are never connected to, and a DNS answer that changes cannot lead a delivery to a
 * refused address. Real servers and receivers, as in {@link WebhookDeliveryTest}.
 */
class WebhookSafetyTest {
  private WebhookFixtures hooks;

  @BeforeEach
  void freshDatabase() throws Exception {
    hooks = new WebhookFixtures();
  }

  @AfterEach
  void stop() {
    hooks.close();
  }

  @Test
  void aRedirectIsNotFollowedAndCountsAsAFailedAttempt() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = hooks.server(clock, true);
    TestApp.Party client = app.client();
    WebhookReceiver elsewhere = hooks.receiver();
    WebhookReceiver redirecting =
        hooks.receiver().thenAnswer(302).withHeaders(Map.of("Location", elsewhere.url("/stolen")));
    String preference =
        subscribe(app, client, redirecting.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    app.sentInvoice(client, app.member());

    DeliveryRow attempt = awaitDelivery(app, preference, d -> d.attempts() == 1);
    assertThat(attempt.state()).isEqualTo("pending");
    assertThat(attempt.lastStatusCode()).isEqualTo(302);
    assertThat(attempt.lastError()).contains("redirects are not followed");
    Thread.sleep(QUIET.toMillis());
    assertThat(elsewhere.received).isEmpty();
  }

  /** Endpoints stored before a stricter policy (or by SQL): the delivery path refuses them. */
  @Test
  void endpointsTheRulesRefuseAreNeverConnectedToAndFailAtOnce() throws Exception {
    TestApp app = hooks.server(new EmbeddingTest.MovableClock(), false); // loopback not allowed
    TestApp.Party client = app.client();
    WebhookReceiver receiver = hooks.receiver();
    Map<String, String> refusals = new LinkedHashMap<>();
    String port = receiver.url("").split(":")[2];
    refusals.put(receiver.url("/loopback"), "a webhook URL must use https");
    refusals.put("https://127.0.0.1:" + port + "/loopback", "a loopback address");
    refusals.put("https://localhost:" + port + "/name", "localhost: it is this host");
    refusals.put("https://10.20.30.40/private", "a private-network address");
    refusals.put("https://169.254.169.254/latest/meta-data", "a cloud metadata address");
    refusals.put("https://[::ffff:192.168.1.1]/mapped", "a private-network address");
    Map<String, String> preferenceOf = new LinkedHashMap<>();
    for (String endpoint : refusals.keySet()) {
      preferenceOf.put(endpoint, storeEndpoint(app, client, endpoint, List.of("Invoice.Sent")));
    }
    app.sentInvoice(client, app.member());

    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      DeliveryRow failed =
          awaitDelivery(app, preferenceOf.get(refusal.getKey()), d -> d.state().equals("failed"));
      assertThat(failed.lastStatusCode()).as(refusal.getKey()).isNull();
      assertThat(failed.lastError()).as(refusal.getKey()).contains(refusal.getValue());
      assertThat(failed.lastError()).as("no path in %s", failed.lastError()).doesNotContain("/");
    }
    Thread.sleep(QUIET.toMillis());
    assertThat(receiver.received).isEmpty();
  }

  /**
   * The delivery path connects only to addresses its policy checked at the moment of connecting: a
   * host whose DNS answer was public when looked at earlier, then changes to a refused address, is
   * refused, the receiver listening there is never reached, and the delivery fails at once.
   */
  @Test
  void aHostWhoseDnsAnswerChangesToARefusedAddressIsNeverConnectedTo() throws Exception {
    WebhookReceiver receiver = hooks.receiver();
    String port = receiver.url("").split(":")[2];
    Map<String, List<String>> cases = new LinkedHashMap<>();
    cases.put("loopback", List.of("127.0.0.1"));
    cases.put("ipv4-mapped loopback", List.of("::ffff:127.0.0.1"));
    cases.put("private", List.of("10.0.0.1"));
    cases.put("metadata", List.of("169.254.169.254"));
    cases.put("one refused among public", List.of("93.184.216.34", "127.0.0.1"));
    try (OpenDatabase database =
        OpenDatabase.open(hooks.url(), "postgres", null, null, false, 4, null)) {
      Store store = new Store(database.database());
      Account account =
          store.createAccount(
              AccountKind.CLIENT, "Dee Ness", "Dee Co", "dee@example.test", null, null);
      for (Map.Entry<String, List<String>> c : cases.entrySet()) {
        String host = "hooks.example.test";
        java.util.concurrent.atomic.AtomicInteger lookups =
            new java.util.concurrent.atomic.AtomicInteger();
        EndpointPolicy policy =
            new EndpointPolicy(
                false,
                false,
                name -> {
                  List<String> answer =
                      lookups.getAndIncrement() == 0 ? List.of("93.184.216.34") : c.getValue();
                  List<java.net.InetAddress> addresses = new ArrayList<>();
                  for (String a : answer) {
                    addresses.add(java.net.InetAddress.getByName(a));
                  }
                  return addresses;
                });
        assertThat(policy.addressesFor(host)).hasSize(1); // the first answer passes the check
        String preference = Store.newId();
        Instant now = Instant.now();
        store.inTransaction(
            tx ->
                store
                    .webhooks()
                    .insertWithin(
                        tx,
                        new WebhookRow(
                            preference,
                            account.id(),
                            "https://" + host + ":" + port + "/hook",
                            CLIENT_SECRET,
                            null,
                            null,
                            List.of("Invoice.Sent"),
                            now,
                            now,
                            null,
                            null),
                        20));
        DeliveryRow row =
            DeliveryRow.scheduled(
                java.util.UUID.randomUUID().toString(),
                preference,
                account.id(),
                "Invoice.Sent",
                "inv-dns",
                2,
                "{}".getBytes(StandardCharsets.UTF_8),
                now);
        store.inTransaction(tx -> store.deliveries().insert(tx, row));
        try (DeliveryClient client = new DeliveryClient(policy, DeliveryClient.Settings.DEFAULT)) {
          WebhookDeliveries deliveries =
              new WebhookDeliveries(
                  store, client, RetrySchedule.DEFAULT, java.time.Clock.systemUTC());
          assertThat(deliveries.kind().handler().run(row.id(), "").isDone())
              .as(c.getKey())
              .isTrue();
        }
        DeliveryRow after = store.deliveries().find(row.id()).orElseThrow();
        assertThat(after.state()).as(c.getKey()).isEqualTo("failed");
        assertThat(after.lastError()).as(c.getKey()).startsWith("webhooks are not delivered to");
        assertThat(lookups.get()).as(c.getKey()).isGreaterThanOrEqualTo(2);
      }
    }
    assertThat(receiver.received).isEmpty();
  }
}
