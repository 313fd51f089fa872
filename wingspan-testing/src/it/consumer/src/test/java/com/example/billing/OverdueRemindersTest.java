package com.example.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.sdk.ClientInvoices;
import app.wingspan.sdk.ListClientInvoicesRequest;
import app.wingspan.sdk.ListClientInvoicesResponse;
import app.wingspan.sdk.RequestOptions;
import app.wingspan.sdk.Wingspan;
import app.wingspan.testing.TestAccounts;
import app.wingspan.testing.TestClock;
import app.wingspan.testing.WingspanTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The kit and the SDK as a team uses them: the real server, and a fake. */
class OverdueRemindersTest {

  @Nested
  @WingspanTest
  class AgainstTheRealServer {
    @Test
    void findsTheInvoiceOnceItIsOverdue(Wingspan sdk, TestAccounts accounts, TestClock clock) {
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
      OverdueReminders reminders = new OverdueReminders(sdk.clientInvoice());

      assertThat(reminders.overdue()).isEmpty();
      clock.advance(Duration.ofDays(4));
      assertThat(reminders.overdue()).containsExactly(id);
    }
  }

  @Test
  void withAFake() {
    ClientInvoice overdue =
        ClientInvoice.builder().invoiceId("inv-9").status(InvoiceStatus.OVERDUE).build();
    ClientInvoices fake =
        new ClientInvoices() {
          @Override
          public ListClientInvoicesResponse list(
              ListClientInvoicesRequest request, RequestOptions options) {
            assertThat(options).isEqualTo(RequestOptions.defaults());
            return ListClientInvoicesResponse.of(request, List.of(overdue), null);
          }

          @Override
          public app.wingspan.sdk.GetClientInvoiceResponse get(String id, RequestOptions o) {
            throw new UnsupportedOperationException();
          }

          @Override
          public app.wingspan.sdk.UpdateClientInvoiceResponse update(
              String id, ClientInvoiceUpdateRequest r, RequestOptions o) {
            throw new UnsupportedOperationException();
          }

          @Override
          public app.wingspan.sdk.CreateClientInvoiceResponse create(
              ClientInvoiceCreateRequest r, RequestOptions o) {
            throw new UnsupportedOperationException();
          }

          @Override
          public app.wingspan.sdk.GetInvoiceFeesResponse fees(String id, RequestOptions o) {
            throw new UnsupportedOperationException();
          }

          @Override
          public app.wingspan.sdk.PayClientInvoiceResponse pay(
              String id, app.wingspan.model.PayRequest r, RequestOptions o) {
            throw new UnsupportedOperationException();
          }
        };

    assertThat(new OverdueReminders(fake).overdue()).containsExactly("inv-9");
  }
}
