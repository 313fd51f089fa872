package app.wingspan.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.Webhooks;
import app.wingspan.server.json.ServerJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The delivery body: Wingspan's shape plus eventId, timestamp and objectVersion, exactly. */
class WebhookPayloadTest {

  private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");
  private static final ClientInvoice INVOICE =
      ClientInvoice.builder()
          .invoiceId("inv-1")
          .status(InvoiceStatus.of("Paid"))
          .amount(new BigDecimal("1234.50"))
          .build();

  @Test
  void writesTheEventAroundTheInvoiceAsAGetAnswersIt() throws Exception {
    byte[] payload = WebhookPayload.invoiceEvent("evt_42", "Invoice.Paid", AT, 7, INVOICE);

    String data =
        new String(ServerJson.mapper().writeValueAsBytes(INVOICE), StandardCharsets.UTF_8);
    assertThat(new String(payload, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"eventId\":\"evt_42\",\"eventName\":\"Invoice.Paid\",\"entityName\":\"Invoice\","
                + "\"objectId\":\"inv-1\",\"timestamp\":\"2026-12-06T10:00:00Z\",\"objectVersion\":7,"
                + "\"data\":"
                + data
                + "}");
    assertThat(data).contains("\"amount\":1234.50");
  }

  @Test
  void theSdkDecodesWhatTheServerSignsAndSends() {
    byte[] payload = WebhookPayload.invoiceEvent("evt_42", "Invoice.Paid", AT, 7, INVOICE);
    WebhookSigner.SignedHeaders signed =
        WebhookSigner.sign("evt_42", AT.plusSeconds(2), payload, List.of("s3cret-of-endpoint"));

    WebhookEvent event =
        Webhooks.constructEvent(
            payload,
            new app.wingspan.sdk.WebhookHeaders(
                signed.id(), signed.timestamp(), signed.signature()),
            "s3cret-of-endpoint",
            Webhooks.DEFAULT_TOLERANCE,
            Clock.fixed(AT, ZoneOffset.UTC));

    assertThat(event.eventId()).isEqualTo("evt_42");
    assertThat(event.eventName()).isEqualTo("Invoice.Paid");
    assertThat(event.entityName()).hasValue("Invoice");
    assertThat(event.objectId()).hasValue("inv-1");
    assertThat(event.timestamp()).isEqualTo(AT);
    assertThat(event.objectVersion()).hasValue(7);
    assertThat(event.invoice()).hasValue(INVOICE);
  }

  /** The events table of docs/webhooks.md lists exactly what GET .../eventnames answers. */
  @Test
  void theDocumentedEventsAreTheOnesListedAndEachIsDeliveredOnAnInvoiceEventKind()
      throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "webhooks.md"));
    String table = doc.substring(doc.indexOf("## Events"), doc.indexOf("## Payload"));
    Matcher row = Pattern.compile("(?m)^\\| `(Invoice\\.[A-Za-z]+)` \\| (.+) \\|$").matcher(table);
    Map<String, String> documented = new LinkedHashMap<>();
    while (row.find()) {
      documented.put(row.group(1), row.group(2));
    }
    assertThat(documented).isEqualTo(EventNames.INVOICE_EVENTS);
    List<String> kinds =
        List.of(
            "sentAt",
            "emailViewedAt",
            "paymentInTransitAt",
            "paidAt",
            "paymentFailedAt",
            "cancelledAt",
            "overdue");
    assertThat(kinds.stream().map(kind -> EventNames.forKind(kind).orElseThrow()))
        .containsExactlyElementsOf(EventNames.INVOICE_EVENTS.keySet());
    for (String notDelivered :
        List.of(
            "created", "status", "openedAt", "markedPaidAt", "depositedAt", "creditFeeHandling")) {
      assertThat(EventNames.forKind(notDelivered)).as(notDelivered).isEmpty();
    }
  }

  @Test
  void everyEventNameIsAnInvoiceEvent() {
    assertThat(EventNames.INVOICE_EVENTS.keySet())
        .containsExactly(
            "Invoice.Sent",
            "Invoice.Opened",
            "Invoice.PaymentInTransit",
            "Invoice.Paid",
            "Invoice.PaymentFailed",
            "Invoice.Cancelled",
            "Invoice.Overdue");
    assertThat(EventNames.isKnown("Invoice.Paid")).isTrue();
    assertThat(EventNames.isKnown("invoice.paid")).isFalse();
  }
}
