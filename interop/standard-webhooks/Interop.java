// The Java side of interop/standard-webhooks (run by check.cjs with the single-file source launcher, on the
// class path of the built server jar and SDK jar):
//   deliver <base-url>  makes real deliveries to check.cjs's receiver: through the server's DeliveryClient
//                       (signed by its WebhookSigner), and posted with headers from the SDK's Webhooks.sign;
//                       some with a wrong secret or a byte changed after signing. Secrets come from the
//                       environment (PLAIN_SECRET, WHSEC_SECRET, OLD_SECRET, WRONG_SECRET).
//   verify <cases.json> verifies payloads the npm package signed with the SDK's Webhooks.constructEvent and
//                       prints one line per case: "<name> OK <eventName>" or "<name> REJECTED <reason>".
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.WingspanJson;
import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.WebhookHeaders;
import app.wingspan.sdk.WebhookVerificationException;
import app.wingspan.sdk.Webhooks;
import app.wingspan.server.webhook.DeliveryClient;
import app.wingspan.server.webhook.DeliveryResult;
import app.wingspan.server.webhook.EndpointPolicy;
import app.wingspan.server.webhook.WebhookPayload;
import app.wingspan.server.webhook.WebhookSigner;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

public class Interop {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "deliver" -> deliver(args[1]);
      case "verify" -> verify(Path.of(args[1]));
      default -> throw new IllegalArgumentException("deliver <url> | verify <file>");
    }
  }

  static void deliver(String base) throws Exception {
    String plain = System.getenv("PLAIN_SECRET");
    String whsec = System.getenv("WHSEC_SECRET");
    String old = System.getenv("OLD_SECRET");
    String wrong = System.getenv("WRONG_SECRET");
    ClientInvoice invoice =
        ClientInvoice.builder()
            .invoiceId("inv-interop-1")
            .status(InvoiceStatus.of("Paid"))
            .amount(new BigDecimal("1234.50"))
            .build();
    Instant now = Instant.now();
    byte[] payload = WebhookPayload.invoiceEvent("evt_interop_1", "Invoice.Paid", now, 3, invoice);

    // The server's delivery client, as production uses it (loopback allowed: the receiver is local).
    EndpointPolicy policy = new EndpointPolicy(true, false, EndpointPolicy.Resolver.SYSTEM);
    try (DeliveryClient client = new DeliveryClient(policy, DeliveryClient.Settings.DEFAULT)) {
      serverDelivery(client, base, "server-plain", payload, List.of(plain), now);
      serverDelivery(client, base, "server-whsec", payload, List.of(whsec), now);
      serverDelivery(client, base, "server-rotation", payload, List.of(old, plain), now);
      serverDelivery(client, base, "server-wrong-secret", payload, List.of(wrong), now);
    }
    WebhookSigner.SignedHeaders signed =
        WebhookSigner.sign("evt_interop_1", now, payload, List.of(plain));
    post(
        base,
        "server-changed-byte",
        changedByte(payload),
        new WebhookHeaders(signed.id(), signed.timestamp(), signed.signature()));

    // The SDK's public signer, as an integrator's test would use it.
    post(base, "sdk-plain", payload, Webhooks.sign("evt_sdk_1", now, payload, plain));
    post(base, "sdk-whsec", payload, Webhooks.sign("evt_sdk_2", now, payload, whsec));
    post(base, "sdk-wrong-secret", payload, Webhooks.sign("evt_sdk_3", now, payload, wrong));
    post(
        base,
        "sdk-changed-byte",
        changedByte(payload),
        Webhooks.sign("evt_sdk_4", now, payload, plain));
  }

  static void serverDelivery(
      DeliveryClient client,
      String base,
      String name,
      byte[] payload,
      List<String> secrets,
      Instant now) {
    DeliveryResult result =
        client.deliver(
            new DeliveryClient.Delivery(
                URI.create(base + "/" + name), "evt_interop_1", payload, secrets),
            now);
    System.err.println("[java] " + name + ": " + result.outcome() + " " + result.detail());
  }

  static void post(String base, String name, byte[] body, WebhookHeaders headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/" + name))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.asMap().forEach(request::header);
    HttpResponse<Void> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    System.err.println("[java] " + name + ": HTTP " + response.statusCode());
  }

  static byte[] changedByte(byte[] payload) {
    byte[] changed = payload.clone();
    int at = new String(payload, java.nio.charset.StandardCharsets.UTF_8).indexOf("1234.50");
    changed[at] = '9'; // 1234.50 -> 9234.50: still JSON, a different amount
    return changed;
  }

  static void verify(Path file) throws Exception {
    for (JsonNode c : WingspanJson.reader().readTree(Files.readAllBytes(file))) {
      String name = c.get("name").asText();
      byte[] body = Base64.getDecoder().decode(c.get("body").asText());
      WebhookHeaders headers =
          new WebhookHeaders(
              c.get("id").asText(), c.get("timestamp").asText(), c.get("signature").asText());
      try {
        WebhookEvent event = Webhooks.constructEvent(body, headers, c.get("secret").asText());
        System.out.println(
            name + " OK " + event.eventName() + " " + event.invoice().map(i -> i.invoiceId()).orElse("-"));
      } catch (WebhookVerificationException e) {
        System.out.println(name + " REJECTED " + e.reason());
      }
    }
  }
}
