package app.wingspan.testing;

import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.sdk.Wingspan;
import java.math.BigDecimal;
import java.util.List;

/** Invoices for the kit's own tests. */
final class KitFixtures {
  private KitFixtures() {}

  /**
   * Creates an invoice the member is owed, due on {@code dueDate}, and sends it (Open); returns its
   * id.
   */
  static String openInvoice(Wingspan sdk, String memberId, String dueDate) {
    String id =
        sdk.clientInvoice()
            .create(createRequest(memberId, dueDate))
            .clientInvoice()
            .orElseThrow()
            .invoiceId();
    sdk.clientInvoice()
        .update(id, ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build());
    return id;
  }

  static ClientInvoiceCreateRequest createRequest(String memberId, String dueDate) {
    return ClientInvoiceCreateRequest.builder()
        .memberId(memberId)
        .clientEmail("carl.client@example.test")
        .dueDate(dueDate)
        .lineItems(
            List.of(
                InvoiceLineItemsCreateRequest.builder()
                    .description("Design")
                    .costPerUnit(new BigDecimal("100.00"))
                    .quantity(new BigDecimal("1.5"))
                    .build()))
        .build();
  }

  static String createBody(String memberId, String dueDate) {
    return "{\"memberId\":\""
        + memberId
        + "\",\"clientEmail\":\"carl@example.test\",\"dueDate\":\""
        + dueDate
        + "\",\"lineItems\":[{\"description\":\"Design\",\"costPerUnit\":100.00,\"quantity\":1.5}]}";
  }
}
