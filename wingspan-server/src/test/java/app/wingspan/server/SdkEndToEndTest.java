package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.FeeHandlingConfig;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.sdk.ApiException;
import app.wingspan.sdk.BadRequestException;
import app.wingspan.sdk.ConflictException;
import app.wingspan.sdk.ListClientInvoicesRequest;
import app.wingspan.sdk.ListClientInvoicesResponse;
import app.wingspan.sdk.NotFoundException;
import app.wingspan.sdk.PayClientInvoiceResponse;
import app.wingspan.sdk.PaymentDeclinedException;
import app.wingspan.sdk.RequestOptions;
import app.wingspan.sdk.UpdateClientInvoiceResponse;
import app.wingspan.sdk.Wingspan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK against the real server, used as the README shows. */
class SdkEndToEndTest {
  private static final TestApp APP = TestApp.shared();

  private static Wingspan sdk(TestApp.Party party) {
    return Wingspan.builder().serverURL(APP.base()).bearerAuth(party.token()).build();
  }

  private static ClientInvoiceCreateRequest request(String memberId) {
    return ClientInvoiceCreateRequest.builder()
        .memberId(memberId)
        .clientEmail("carl@example.test")
        .dueDate(LocalDate.now(ZoneOffset.UTC).plusDays(14).toString())
        .lineItems(
            List.of(
                InvoiceLineItemsCreateRequest.builder()
                    .description("Consulting")
                    .costPerUnit(new BigDecimal("120.00"))
                    .quantity(new BigDecimal("2.5"))
                    .build()))
        .build();
  }

  @Test
  void createListGetUpdateAndFees() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    Wingspan wingspan = sdk(client);

    ClientInvoice created =
        wingspan
            .clientInvoice()
            .create(
                request(member.id()),
                RequestOptions.builder().idempotencyKey("sdk-create-1").build())
            .clientInvoice()
            .orElseThrow();
    assertThat(created.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(created.amount()).isEqualByComparingTo("300.00");

    List<ClientInvoice> listed = wingspan.clientInvoice().list().clientInvoices();
    assertThat(listed).extracting(ClientInvoice::invoiceId).containsExactly(created.invoiceId());

    var got = wingspan.clientInvoice().get(created.invoiceId());
    assertThat(got.clientInvoice()).contains(created);
    assertThat(got.etag()).contains("\"1\"");

    UpdateClientInvoiceResponse sent =
        wingspan
            .clientInvoice()
            .update(
                created.invoiceId(),
                ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build(),
                RequestOptions.builder().ifMatch(got.etag().orElseThrow()).build());
    assertThat(sent.clientInvoice().orElseThrow().status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(sent.clientInvoice().orElseThrow().invoiceNumber()).isEqualTo("1");
    assertThat(sent.etag()).contains("\"2\"");

    // creditFeeHandling as a value: the client pays the whole card fee (2.9 % of 300.00 + 0.30 =
    // 9.00).
    ClientInvoice clientPays =
        wingspan
            .clientInvoice()
            .update(
                created.invoiceId(),
                ClientInvoiceUpdateRequest.builder()
                    .creditFeeHandling(
                        FeeHandlingConfig.builder().clientPays(new BigDecimal("100")).build())
                    .build())
            .clientInvoice()
            .orElseThrow();
    assertThat(clientPays.creditFeeHandling().clientPays()).isEqualByComparingTo("100");
    assertThat(
            wingspan
                .clientInvoice()
                .fees(created.invoiceId())
                .invoiceFeeCalculation()
                .orElseThrow()
                .creditFeeTotal())
        .isEqualByComparingTo("9.00");

    // Absent: unchanged, no new version.
    UpdateClientInvoiceResponse untouched =
        wingspan
            .clientInvoice()
            .update(created.invoiceId(), ClientInvoiceUpdateRequest.builder().build());
    assertThat(untouched.etag()).contains("\"3\"");
    assertThat(untouched.clientInvoice().orElseThrow().creditFeeHandling())
        .isEqualTo(clientPays.creditFeeHandling());

    // Null: not given, nothing changes (Wingspan's Python SDK sends every unset field as null).
    UpdateClientInvoiceResponse nullIsNotGiven =
        wingspan
            .clientInvoice()
            .update(
                created.invoiceId(),
                ClientInvoiceUpdateRequest.builder().creditFeeHandling(null).build());
    assertThat(nullIsNotGiven.etag()).contains("\"3\"");
    assertThat(nullIsNotGiven.clientInvoice().orElseThrow().creditFeeHandling())
        .isEqualTo(clientPays.creditFeeHandling());

    // memberPaysAll(): back to the default, the member bears the fee.
    ClientInvoice reset =
        wingspan
            .clientInvoice()
            .update(
                created.invoiceId(),
                ClientInvoiceUpdateRequest.builder()
                    .creditFeeHandling(FeeHandlingConfig.memberPaysAll())
                    .build())
            .clientInvoice()
            .orElseThrow();
    assertThat(reset.creditFeeHandling()).isEqualTo(created.creditFeeHandling());
    assertThat(
            wingspan
                .clientInvoice()
                .fees(created.invoiceId())
                .invoiceFeeCalculation()
                .orElseThrow()
                .creditFeeTotal())
        .isEqualByComparingTo("0");
  }

  @Test
  void listPagesThroughTheSdk() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    Wingspan wingspan = sdk(client);
    for (int i = 0; i < 3; i++) {
      wingspan.clientInvoice().create(request(member.id()));
    }

    List<String> seen = new ArrayList<>();
    ListClientInvoicesRequest page = ListClientInvoicesRequest.firstPage().withLimit(2);
    while (page != null) {
      ListClientInvoicesResponse response = wingspan.clientInvoice().list(page);
      response.clientInvoices().forEach(invoice -> seen.add(invoice.invoiceId()));
      page = response.nextPage().orElse(null);
    }

    assertThat(seen).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void errorsArriveAsTypedExceptionsWithTheServersCode() {
    TestApp.Party client = APP.client();
    Wingspan wingspan = sdk(client);
    String id =
        wingspan
            .clientInvoice()
            .create(request(APP.member().id()))
            .clientInvoice()
            .orElseThrow()
            .invoiceId();

    NotFoundException missing =
        catchThrowableOfType(
            NotFoundException.class, () -> wingspan.clientInvoice().get("no-such-invoice"));
    ApiException stale =
        catchThrowableOfType(
            ApiException.class,
            () ->
                wingspan
                    .clientInvoice()
                    .update(
                        id,
                        ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build(),
                        RequestOptions.builder().ifMatch("\"9\"").build()));
    ApiException refused =
        catchThrowableOfType(
            ApiException.class,
            () ->
                wingspan
                    .clientInvoice()
                    .update(
                        id,
                        ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.PAID).build()));
    ApiException pay =
        catchThrowableOfType(
            ApiException.class,
            () ->
                wingspan
                    .clientInvoice()
                    .pay(id, null, RequestOptions.builder().disableRetries().build()));
    ConflictException draft =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                wingspan
                    .clientInvoice()
                    .pay(id, PayRequest.builder().paymentMethodId("pm_card_visa").build()));

    assertThat(missing.errorCode()).contains("NOT_FOUND");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.errorCode()).contains("PRECONDITION_FAILED");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.errorCode()).contains("INVALID_STATUS_TRANSITION");
    assertThat(pay).isInstanceOf(BadRequestException.class);
    assertThat(pay.statusCode()).isEqualTo(422);
    assertThat(pay.error().orElseThrow().param()).isEqualTo("paymentMethodId");
    assertThat(draft.errorCode()).contains("INVOICE_NOT_PAYABLE");
  }

  @Test
  void payByCardAfterADeclineAndByBankAccount() {
    TestApp.Party client = APP.client();
    Wingspan wingspan = sdk(client);
    String id =
        wingspan
            .clientInvoice()
            .create(request(APP.member().id()))
            .clientInvoice()
            .orElseThrow()
            .invoiceId();
    wingspan
        .clientInvoice()
        .update(id, ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build());

    PaymentDeclinedException declined =
        catchThrowableOfType(
            PaymentDeclinedException.class,
            () ->
                wingspan
                    .clientInvoice()
                    .pay(
                        id,
                        PayRequest.builder()
                            .paymentMethodId("pm_card_chargeDeclinedInsufficientFunds")
                            .build()));
    PayClientInvoiceResponse paid =
        wingspan
            .clientInvoice()
            .pay(id, PayRequest.builder().paymentMethodId("pm_card_visa").build());

    assertThat(declined.statusCode()).isEqualTo(402);
    assertThat(declined.errorCode()).contains("PAYMENT_DECLINED");
    assertThat(declined.declineReason()).contains("Your card has insufficient funds.");
    ClientInvoice invoice = paid.clientInvoice().orElseThrow();
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.paymentInfo().cardBrand()).isEqualTo("Visa");
    assertThat(invoice.events().paymentFailedAt()).hasSize(1);
    assertThat(paid.rawResponse().headers().firstValue("Wingspan-Test-Mode")).contains("true");
    assertThat(APP.store().payments(id)).hasSize(2);

    String other =
        wingspan
            .clientInvoice()
            .create(request(APP.member().id()))
            .clientInvoice()
            .orElseThrow()
            .invoiceId();
    wingspan
        .clientInvoice()
        .update(other, ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build());
    ClientInvoice inTransit =
        wingspan
            .clientInvoice()
            .pay(other, PayRequest.builder().accountId("ba_test_success").build())
            .clientInvoice()
            .orElseThrow();
    assertThat(inTransit.status()).isEqualTo(InvoiceStatus.PAYMENT_IN_TRANSIT);
    APP.await(client, other, json -> json.path("status").asText().equals("Paid"));
    assertThat(
            wingspan
                .clientInvoice()
                .get(other)
                .clientInvoice()
                .orElseThrow()
                .events()
                .depositedAt())
        .isNotNull();
  }
}
