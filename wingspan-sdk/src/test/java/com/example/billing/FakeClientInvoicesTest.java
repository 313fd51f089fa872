package com.example.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.sdk.ApiException;
import app.wingspan.sdk.ClientInvoices;
import app.wingspan.sdk.ConflictException;
import app.wingspan.sdk.CreateClientInvoiceResponse;
import app.wingspan.sdk.GetClientInvoiceResponse;
import app.wingspan.sdk.GetInvoiceFeesResponse;
import app.wingspan.sdk.ListClientInvoicesRequest;
import app.wingspan.sdk.ListClientInvoicesResponse;
import app.wingspan.sdk.NotFoundException;
import app.wingspan.sdk.PayClientInvoiceResponse;
import app.wingspan.sdk.RateLimitedException;
import app.wingspan.sdk.RequestOptions;
import app.wingspan.sdk.UpdateClientInvoiceResponse;
import app.wingspan.sdk.WingspanException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * A user's unit test, outside the SDK's package, faking {@link ClientInvoices} with public API only
 * (no mocking library): what the README and the interface's Javadoc show.
 */
class FakeClientInvoicesTest {

  /** The user's code under test: reopens an invoice, and says what happened. */
  static final class Reopener {
    private final ClientInvoices invoices;

    Reopener(ClientInvoices invoices) {
      this.invoices = invoices;
    }

    String reopen(String id) {
      try {
        invoices.get(id);
        invoices.update(
            id, ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build());
        return "reopened";
      } catch (NotFoundException e) {
        return "gone";
      } catch (ConflictException e) {
        return "refused: " + e.errorCode().orElse("?");
      }
    }
  }

  /**
   * The fake: the six synchronous operations; everything else comes from the interface's defaults.
   */
  static class FakeInvoices implements ClientInvoices {
    @Override
    public GetClientInvoiceResponse get(String id, RequestOptions options) {
      if (id.equals("inv_1")) {
        return GetClientInvoiceResponse.of(ClientInvoice.builder().invoiceId("inv_1").build());
      }
      throw ApiException.of(404, "NOT_FOUND", "no client invoice with id '" + id + "'");
    }

    @Override
    public UpdateClientInvoiceResponse update(
        String id, ClientInvoiceUpdateRequest request, RequestOptions options) {
      throw ApiException.of(
          409, "INVALID_STATUS_TRANSITION", "Cannot change status from Paid to Open");
    }

    @Override
    public ListClientInvoicesResponse list(
        ListClientInvoicesRequest request, RequestOptions options) {
      ClientInvoice a = ClientInvoice.builder().invoiceId("a").build();
      ClientInvoice b = ClientInvoice.builder().invoiceId("b").build();
      return request.cursor() == null
          ? ListClientInvoicesResponse.of(request, List.of(a), "c2")
          : ListClientInvoicesResponse.of(request, List.of(b), null);
    }

    @Override
    public CreateClientInvoiceResponse create(
        ClientInvoiceCreateRequest request, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public GetInvoiceFeesResponse fees(String invoiceId, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PayClientInvoiceResponse pay(
        String invoiceId, PayRequest request, RequestOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  private final Reopener reopener = new Reopener(new FakeInvoices());

  @Test
  void aFaked404IsANotFoundException() {
    assertThat(reopener.reopen("inv_gone")).isEqualTo("gone");
  }

  @Test
  void aFaked409IsAConflictExceptionWithItsCode() {
    assertThat(reopener.reopen("inv_1")).isEqualTo("refused: INVALID_STATUS_TRANSITION");
  }

  @Test
  void factoryExceptionsCarryWhatARealOneCarries() {
    ApiException notFound = ApiException.of(404, "NOT_FOUND", "no such invoice");
    assertThat(notFound)
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("HTTP 404 NOT_FOUND: no such invoice (attempt 1)");
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.errorCode()).hasValue("NOT_FOUND");
    assertThat(notFound.attempts()).isEqualTo(1);

    HttpHeaders headers =
        HttpHeaders.of(
            Map.of("Retry-After", List.of("7"), "X-Request-Id", List.of("req-9")),
            (name, value) -> true);
    ApiException limited =
        ApiException.ofResponse(429, headers, "slow down".getBytes(StandardCharsets.UTF_8));
    assertThat(limited).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(((RateLimitedException) limited).retryAfter()).hasValue(Duration.ofSeconds(7));
    assertThat(limited.requestId()).hasValue("req-9");
    assertThatThrownBy(() -> ApiException.of(200, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void factoryResponsesReadLikeRealOnes() {
    GetClientInvoiceResponse got =
        GetClientInvoiceResponse.of(ClientInvoice.builder().invoiceId("inv_1").build());

    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.contentType()).isEqualTo("application/json");
    assertThat(got.clientInvoice().orElseThrow().invoiceId()).isEqualTo("inv_1");
    assertThat(got.rawResponse().bodyText()).isEqualTo("{\"invoiceId\":\"inv_1\"}");
    assertThat(GetClientInvoiceResponse.of(null).clientInvoice()).isEmpty();
  }

  @Test
  void theDefaultsWorkOnAFake() {
    FakeInvoices fake = new FakeInvoices();

    assertThat(fake.listAll().stream().map(ClientInvoice::invoiceId)).containsExactly("a", "b");
    assertThat(fake.getAsync("inv_1").join().clientInvoice()).isPresent();
    assertThatThrownBy(() -> fake.getAsync("inv_2").join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(NotFoundException.class)
        .isInstanceOf(WingspanException.class);
  }
}
