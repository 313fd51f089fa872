package com.example.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.Wingspan;
import app.wingspan.testing.TestAccounts;
import app.wingspan.testing.TestClock;
import app.wingspan.testing.ReceivedWebhook;
import app.wingspan.testing.WebhookReceiver;
import app.wingspan.testing.WingspanTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A team's webhook handler, fed the delivery the server really made when the invoice was paid. */
@WingspanTest
class PaidInvoicesTest {

  @Test
  void marksTheInvoicePaidOnceEvenWhenTheDeliveryComesTwice(
      Wingspan sdk, TestAccounts accounts, TestClock clock, WebhookReceiver hooks) {
    String id =
        sdk.clientInvoice()
            .create(
                ClientInvoiceCreateRequest.builder()
                    .memberId(accounts.member().id())
                    .clientEmail("payer@example.test")
                    .dueDate(clock.today().plusDays(3).toString())
                    .lineItems(
                        List.of(
                            InvoiceLineItemsCreateRequest.builder()
                                .totalCost(new BigDecimal("10.00"))
                                .build()))
                    .build())
            .clientInvoice()
            .orElseThrow()
            .invoiceId();
    sdk.clientInvoice()
        .update(id, ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build());
    sdk.clientInvoice().pay(id, PayRequest.builder().paymentMethodId("pm_card_visa").build());

    WebhookEvent paid = hooks.awaitEvent("Invoice.Paid", WebhookReceiver.about(id));
    ReceivedWebhook delivery = hooks.deliveriesOf(paid.eventId()).get(0);
    PaidInvoices handler = new PaidInvoices(hooks.secret());

    assertThat(handler.handle(delivery.body(), delivery.webhookHeaders())).isEqualTo(200);
    assertThat(handler.handle(delivery.body(), delivery.webhookHeaders())).isEqualTo(200);
    assertThat(handler.paid()).containsExactly(id);
    assertThat(hooks.rejected()).isEmpty();
  }
}
