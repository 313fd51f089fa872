package app.wingspan.server;

import app.wingspan.model.Address;
import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.invoice.Party;
import app.wingspan.server.invoice.Relationship;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.service.Services;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.ApiTokens;
import app.wingspan.server.store.Store;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo a newcomer gets on the first start of an empty database: a member, a client, a token for
 * the client and one invoice, sent (Open), so the API answers a first curl within a minute and the
 * invoice can be paid.
 *
 * @param clientToken shown once, to the operator's terminal, never logged
 */
public record DemoData(String memberId, String clientId, String clientToken, String invoiceId) {
  static final Address MEMBER_ADDRESS =
      new Address("1 Demo Street", "Brooklyn", "11201", "NY", null);

  /** Creates the demo accounts, token and invoice through the same code paths as real requests. */
  static DemoData create(Store store, Services services, Instant now) {
    Account member =
        store.createAccount(
            AccountKind.MEMBER,
            "Demo Member",
            "Demo Design LLC",
            "member@demo.wingspan.test",
            json(MEMBER_ADDRESS),
            "https://demo.wingspan.test/logo.png");
    Account client =
        store.createAccount(
            AccountKind.CLIENT,
            "Demo Client",
            "Demo Client Inc.",
            "client@demo.wingspan.test",
            null,
            null);
    String token = ApiTokens.generate();
    store.addToken(client.id(), ApiTokens.hash(token));
    byte[] created =
        services
            .creation()
            .create(client, sampleRequest(member.id(), now), null, new byte[0])
            .body();
    String invoiceId;
    try {
      JsonNode invoice = ServerJson.mapper().readTree(created);
      invoiceId = invoice.path("invoiceId").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("demo invoice unreadable", e);
    }
    // Sent, so the banner's pay line works at once.
    services
        .updates()
        .update(
            client,
            invoiceId,
            ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build(),
            null);
    return new DemoData(member.id(), client.id(), token, invoiceId);
  }

  static ClientInvoiceCreateRequest sampleRequest(String memberId, Instant now) {
    return ClientInvoiceCreateRequest.builder()
        .memberId(memberId)
        .clientEmail("client@demo.wingspan.test")
        .dueDate(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(30).toString())
        .lineItems(
            List.of(
                InvoiceLineItemsCreateRequest.builder()
                    .description("Logo design")
                    .costPerUnit(new BigDecimal("85.00"))
                    .quantity(new BigDecimal("12.5"))
                    .unit("hour")
                    .build(),
                InvoiceLineItemsCreateRequest.builder()
                    .description("Stock photo licence")
                    .totalCost(new BigDecimal("49.99"))
                    .build()))
        .build();
  }

  /** A complete invoice document built without a database: the benchmark's fixed payload. */
  public static byte[] benchInvoice(InvoiceRules rules) {
    Instant now = Instant.parse("2026-01-15T12:00:00.000Z");
    Party member =
        new Party(
            "bench-member",
            "Demo Member",
            "Demo Design LLC",
            "member@demo.wingspan.test",
            MEMBER_ADDRESS,
            "https://demo.wingspan.test/logo.png");
    Party client =
        new Party(
            "bench-client",
            "Demo Client",
            "Demo Client Inc.",
            "client@demo.wingspan.test",
            null,
            null);
    ClientInvoice invoice =
        rules.draft(
            sampleRequest(member.accountId(), now),
            new Relationship("bench-member-client", member, client, "2026-01-15T12:00:00.000Z"),
            "bench-invoice",
            now);
    try {
      return ServerJson.mapper().writeValueAsBytes(invoice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the operator sees on the first start. */
  String banner(int port) {
    String url = "http://localhost:" + port + "/payments/client/invoice/" + invoiceId;
    return String.join(
        System.lineSeparator(),
        "",
        "Demo data created on this empty database:",
        "  member id          " + memberId,
        "  client id          " + clientId,
        "  client API token   " + clientToken + "   (shown only now; only its hash is stored)",
        "  sample invoice id  " + invoiceId,
        "Try it:",
        "  curl -s -H 'Authorization: Bearer " + clientToken + "' " + url,
        "Pay it with a test card (test mode: no money moves):",
        "  curl -s -X POST -H 'Authorization: Bearer "
            + clientToken
            + "' -H 'Content-Type: application/json'"
            + " -d '{\"paymentMethodId\":\"pm_card_visa\"}' "
            + url
            + "/pay",
        "");
  }

  /** Not the record's: the token stays out of logs and exception messages. */
  @Override
  public String toString() {
    return "DemoData[memberId="
        + memberId
        + ", clientId="
        + clientId
        + ", clientToken=***, invoiceId="
        + invoiceId
        + "]";
  }

  static String json(Object value) {
    try {
      return ServerJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
