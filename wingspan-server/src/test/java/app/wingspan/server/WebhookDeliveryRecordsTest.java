package app.wingspan.server;

import static app.wingspan.server.WebhookFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.DeliveryRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seeing and replaying deliveries: the admin command for the operator, the two routes of ours for
 * an account's own endpoints; neither ever shows the secret, and a replay sends the same id and
 * bytes.
 */
class WebhookDeliveryRecordsTest {
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
  void theAdminCommandListsDeliveriesWithoutSecretsAndReplaysOneWithTheSameIdAndBytes()
      throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = hooks.server(clock, true);
    TestApp.Party client = app.client();
    WebhookReceiver receiver = hooks.receiver();
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    String invoice = app.sentInvoice(client, app.member());
    WebhookReceiver.Received first = receiver.await(r -> true, 1, WAIT).get(0);
    DeliveryRow delivered = awaitDelivery(app, preference, d -> d.state().equals("delivered"));

    String listed = hooks.admin("webhook-deliveries", "list", "--invoice", invoice);
    JsonNode deliveries = ServerJson.mapper().readTree(listed).path("deliveries");
    assertThat(deliveries).hasSize(1);
    assertThat(deliveries.get(0).path("id").asText()).isEqualTo(delivered.id());
    assertThat(deliveries.get(0).path("eventId").asText()).isEqualTo(first.id());
    assertThat(deliveries.get(0).path("state").asText()).isEqualTo("delivered");
    assertThat(deliveries.get(0).path("attempts").asInt()).isEqualTo(1);
    assertThat(deliveries.get(0).path("lastStatusCode").asInt()).isEqualTo(204);
    assertThat(listed).doesNotContain(CLIENT_SECRET);
    assertThat(
            hooks.admin(
                "webhook-deliveries", "list", "--account", client.id(), "--state", "failed"))
        .contains("\"deliveries\":[]");

    JsonNode replay =
        ServerJson.mapper()
            .readTree(
                hooks.admin(
                    "webhook-deliveries",
                    "replay",
                    "--delivery",
                    delivered.id(),
                    "--delivery",
                    "nope"));
    assertThat(replay.path("replayed").get(0).asText()).isEqualTo(delivered.id());
    assertThat(replay.path("notReplayed").get(0).path("reason").asText())
        .isEqualTo("no such delivery");
    WebhookReceiver.Received again = receiver.await(r -> true, 2, WAIT).get(1);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.body()).isEqualTo(first.body());
    DeliveryRow replayed =
        awaitDelivery(app, preference, d -> d.replays() == 1 && d.state().equals("delivered"));
    assertThat(replayed.attempts()).isEqualTo(1);

    // Finished deliveries are purged once old enough; a pending one never is.
    assertThat(app.store().deliveries().purgeFinishedBefore(replayed.deliveredAt())).isZero();
    assertThat(
            app.store()
                .deliveries()
                .purgeFinishedBefore(replayed.deliveredAt().plus(Duration.ofMillis(1))))
        .isEqualTo(1);
    assertThat(deliveries(app, preference)).isEmpty();
  }

  @Test
  void anAccountListsAndReplaysItsOwnEndpointsDeliveriesOverHttpAndNoOneElses() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = hooks.server(clock, true);
    TestApp.Party client = app.client();
    TestApp.Party stranger = app.client();
    WebhookReceiver receiver = hooks.receiver().thenAnswer(500);
    String preference =
        subscribe(app, client, receiver.url("/hook"), CLIENT_SECRET, List.of("Invoice.Sent"));
    String invoice = app.sentInvoice(client, app.member());
    awaitDelivery(app, preference, d -> d.attempts() == 1);
    String deliveries = "/integrations/webhooks/preference/" + preference + "/deliveries";

    TestApp.Response listed = app.get(deliveries, client.token());
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain(CLIENT_SECRET).doesNotContain("\"data\"");
    JsonNode pending = listed.json().get(0);
    assertThat(listed.json()).hasSize(1);
    assertThat(pending.path("state").asText()).isEqualTo("Pending");
    assertThat(pending.path("invoiceId").asText()).isEqualTo(invoice);
    assertThat(pending.path("eventName").asText()).isEqualTo("Invoice.Sent");
    assertThat(pending.path("attempts").asInt()).isEqualTo(1);
    assertThat(pending.path("lastStatusCode").asInt()).isEqualTo(500);
    assertThat(pending.path("lastError").asText()).isEqualTo("HTTP 500");
    assertThat(pending.path("nextAttemptAt").isTextual()).isTrue();
    String deliveryId = pending.path("webhookDeliveryId").asText();
    assertThat(app.get(deliveries + "?state=Delivered", client.token()).json()).isEmpty();
    assertThat(app.get(deliveries + "?state=Pending&limit=1", client.token()).json()).hasSize(1);

    // Refused: bad query values name the parameter; another account's endpoint and delivery are
    // 404.
    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put(deliveries + "?state=Lost", "state");
    refusals.put(deliveries + "?limit=0", "limit");
    refusals.put(deliveries + "?limit=101", "limit");
    refusals.put(deliveries + "?limit=ten", "limit");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      TestApp.Response refused = app.get(refusal.getKey(), client.token());
      assertThat(refused.status()).as(refusal.getKey()).isEqualTo(400);
      assertThat(refused.json().path("param").asText())
          .as(refusal.getKey())
          .isEqualTo(refusal.getValue());
    }
    assertThat(app.get(deliveries, stranger.token()).status()).isEqualTo(404);
    assertThat(
            app.send("POST", deliveries + "/" + deliveryId + "/replay", stranger.token(), null)
                .status())
        .isEqualTo(404);
    assertThat(app.send("POST", deliveries + "/nope/replay", client.token(), null).status())
        .isEqualTo(404);

    clock.advance(Duration.ofSeconds(31));
    awaitDelivery(app, preference, d -> d.state().equals("delivered"));
    TestApp.Response replayed =
        app.send("POST", deliveries + "/" + deliveryId + "/replay", client.token(), null);
    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.json().path("replays").asInt()).isEqualTo(1);
    assertThat(replayed.json().path("attempts").asInt()).isZero();
    WebhookReceiver.Received again = receiver.await(r -> true, 3, WAIT).get(2);
    assertThat(again.id()).isEqualTo(receiver.received.get(0).id());
    assertThat(again.body()).isEqualTo(receiver.received.get(0).body());
    awaitDelivery(app, preference, d -> d.replays() == 1 && d.state().equals("delivered"));
  }
}
