package app.wingspan.sdk;

import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import java.math.BigDecimal;
import java.util.List;

/** A valid create request for tests that need one. */
final class TestRequests {

  static final ClientInvoiceCreateRequest CREATE =
      ClientInvoiceCreateRequest.builder()
          .memberId("mem-1")
          .clientEmail("payer@example.com")
          .dueDate("2026-12-01")
          .lineItems(
              List.of(InvoiceLineItemsCreateRequest.builder().totalCost(BigDecimal.TEN).build()))
          .build();

  private TestRequests() {}
}
