package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceFeeCalculation;
import app.wingspan.model.PayRequest;
import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The {@code client_invoice} resource: invoices a client (the payer) owes members. Obtained from
 * {@link Wingspan#clientInvoice()}; thread-safe.
 *
 * <p>Every operation has an overload taking {@link RequestOptions} and an {@code ...Async} twin that returns a
 * {@link CompletableFuture} and blocks no thread. A synchronous call returns the response or throws a
 * {@link WingspanException}; an async call's future completes with the response or exceptionally with the same
 * exception ({@link CompletableFuture#join()} wraps it in a {@link java.util.concurrent.CompletionException},
 * {@link CompletableFuture#get()} in an {@link java.util.concurrent.ExecutionException}).
 *
 * <p>Validation of arguments (a null or empty id, for instance) throws at once, also from the async twins.
 */
public final class ClientInvoices {

  private static final String INVOICES = "/payments/client/invoice";
  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

  private static final JavaType CLIENT_INVOICE = type(ClientInvoice.class);
  private static final JavaType FEES = type(InvoiceFeeCalculation.class);
  private static final JavaType CLIENT_INVOICE_LIST =
      WingspanJson.mapper().getTypeFactory().constructCollectionType(List.class, ClientInvoice.class);

  private static final Reader<GetClientInvoiceResponse> GET_READER =
      decoding(CLIENT_INVOICE, GetClientInvoiceResponse::new);
  private static final Reader<UpdateClientInvoiceResponse> UPDATE_READER =
      decoding(CLIENT_INVOICE, UpdateClientInvoiceResponse::new);
  private static final Reader<CreateClientInvoiceResponse> CREATE_READER =
      decoding(CLIENT_INVOICE, CreateClientInvoiceResponse::new);
  private static final Reader<GetInvoiceFeesResponse> FEES_READER = decoding(FEES, GetInvoiceFeesResponse::new);
  private static final Reader<PayClientInvoiceResponse> PAY_READER =
      decoding(CLIENT_INVOICE, PayClientInvoiceResponse::new);

  private final Transport transport;

  ClientInvoices(Transport transport) {
    this.transport = transport;
  }

  // ---- get ------------------------------------------------------------------------------------------------

  /**
   * Fetches an invoice by its id: {@code GET /payments/client/invoice/{id}}.
   *
   * @param id the invoice id; any text, sent percent-encoded as one path segment
   * @return the response, with the invoice in {@link GetClientInvoiceResponse#clientInvoice()}
   * @throws NotFoundException if there is no such invoice, or not one the caller may see
   * @throws WingspanException for any other failure
   * @throws IllegalArgumentException if {@code id} is empty, {@code .} or {@code ..}
   */
  public GetClientInvoiceResponse get(String id) {
    return get(id, RequestOptions.defaults());
  }

  /**
   * Fetches an invoice by its id, with per-call options.
   *
   * @param id the invoice id
   * @param options the call's options
   * @return the response
   * @see #get(String)
   */
  public GetClientInvoiceResponse get(String id, RequestOptions options) {
    return send(getCall(id), options, GET_READER);
  }

  /**
   * Async twin of {@link #get(String)}.
   *
   * @param id the invoice id
   * @return a future of the response
   */
  public CompletableFuture<GetClientInvoiceResponse> getAsync(String id) {
    return getAsync(id, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #get(String, RequestOptions)}.
   *
   * @param id the invoice id
   * @param options the call's options
   * @return a future of the response
   */
  public CompletableFuture<GetClientInvoiceResponse> getAsync(String id, RequestOptions options) {
    return sendAsync(getCall(id), options, GET_READER);
  }

  private Call getCall(String id) {
    return Call.get(INVOICES + "/" + PathSegment.encode("id", id), null);
  }

  // ---- update ---------------------------------------------------------------------------------------------

  /**
   * Sends an empty update, {@code {}}: {@code PATCH /payments/client/invoice/{id}}. It changes nothing and
   * returns the invoice, as the seed's {@code update(id)} without a request does.
   *
   * @param id the invoice id
   * @return the response, with the invoice in {@link UpdateClientInvoiceResponse#clientInvoice()}
   * @see #update(String, ClientInvoiceUpdateRequest)
   */
  public UpdateClientInvoiceResponse update(String id) {
    return update(id, null, RequestOptions.defaults());
  }

  /**
   * Updates an invoice: {@code PATCH /payments/client/invoice/{id}}. Fields of the request that were never set
   * are left out of the body (unchanged on the server); fields set to {@code null} are sent as {@code null}.
   *
   * @param id the invoice id
   * @param request the changes, or {@code null} to send {@code {}}
   * @return the response, with the invoice as it is after the update
   * @throws BadRequestException if the change breaks a validation rule (for example fee shares out of range)
   * @throws ConflictException if the invoice's status does not allow the change
   * @throws NotFoundException if there is no such invoice, or not one the caller may see
   * @throws WingspanException for any other failure
   */
  public UpdateClientInvoiceResponse update(String id, ClientInvoiceUpdateRequest request) {
    return update(id, request, RequestOptions.defaults());
  }

  /**
   * Updates an invoice, with per-call options (for example an {@code If-Match} header).
   *
   * @param id the invoice id
   * @param request the changes, or {@code null} to send {@code {}}
   * @param options the call's options
   * @return the response
   * @see #update(String, ClientInvoiceUpdateRequest)
   */
  public UpdateClientInvoiceResponse update(String id, ClientInvoiceUpdateRequest request, RequestOptions options) {
    return send(updateCall(id, request), options, UPDATE_READER);
  }

  /**
   * Async twin of {@link #update(String)}.
   *
   * @param id the invoice id
   * @return a future of the response
   */
  public CompletableFuture<UpdateClientInvoiceResponse> updateAsync(String id) {
    return updateAsync(id, null, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #update(String, ClientInvoiceUpdateRequest)}.
   *
   * @param id the invoice id
   * @param request the changes, or {@code null} to send {@code {}}
   * @return a future of the response
   */
  public CompletableFuture<UpdateClientInvoiceResponse> updateAsync(String id, ClientInvoiceUpdateRequest request) {
    return updateAsync(id, request, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #update(String, ClientInvoiceUpdateRequest, RequestOptions)}.
   *
   * @param id the invoice id
   * @param request the changes, or {@code null} to send {@code {}}
   * @param options the call's options
   * @return a future of the response
   */
  public CompletableFuture<UpdateClientInvoiceResponse> updateAsync(String id, ClientInvoiceUpdateRequest request,
      RequestOptions options) {
    return sendAsync(updateCall(id, request), options, UPDATE_READER);
  }

  private Call updateCall(String id, ClientInvoiceUpdateRequest request) {
    String path = INVOICES + "/" + PathSegment.encode("id", id);
    return Call.patch(path, request == null ? EMPTY_OBJECT : json(request));
  }

  // ---- list -----------------------------------------------------------------------------------------------

  /**
   * Lists the first page of the caller's invoices: {@code GET /payments/client/invoice}.
   *
   * @return the response, with the invoices and the cursor of the next page, if any
   * @see #list(ListClientInvoicesRequest)
   */
  public ListClientInvoicesResponse list() {
    return list(ListClientInvoicesRequest.firstPage(), RequestOptions.defaults());
  }

  /**
   * Lists one page of the caller's invoices: {@code GET /payments/client/invoice?limit=...&cursor=...}. Follow
   * {@link ListClientInvoicesResponse#nextPage()} for the next page.
   *
   * @param request the page to fetch
   * @return the response
   * @throws WingspanException if the call fails
   */
  public ListClientInvoicesResponse list(ListClientInvoicesRequest request) {
    return list(request, RequestOptions.defaults());
  }

  /**
   * Lists one page of the caller's invoices, with per-call options.
   *
   * @param request the page to fetch
   * @param options the call's options
   * @return the response
   * @see #list(ListClientInvoicesRequest)
   */
  public ListClientInvoicesResponse list(ListClientInvoicesRequest request, RequestOptions options) {
    return send(listCall(request), options, listReader(request));
  }

  /**
   * Async twin of {@link #list()}.
   *
   * @return a future of the response
   */
  public CompletableFuture<ListClientInvoicesResponse> listAsync() {
    return listAsync(ListClientInvoicesRequest.firstPage(), RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #list(ListClientInvoicesRequest)}.
   *
   * @param request the page to fetch
   * @return a future of the response
   */
  public CompletableFuture<ListClientInvoicesResponse> listAsync(ListClientInvoicesRequest request) {
    return listAsync(request, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #list(ListClientInvoicesRequest, RequestOptions)}.
   *
   * @param request the page to fetch
   * @param options the call's options
   * @return a future of the response
   */
  public CompletableFuture<ListClientInvoicesResponse> listAsync(ListClientInvoicesRequest request,
      RequestOptions options) {
    return sendAsync(listCall(request), options, listReader(request));
  }

  private static Call listCall(ListClientInvoicesRequest request) {
    Objects.requireNonNull(request, "request");
    List<String> query = new ArrayList<>(2);
    if (request.limit() != null) {
      query.add("limit=" + request.limit());
    }
    if (request.cursor() != null) {
      query.add("cursor=" + PathSegment.percentEncode(request.cursor()));
    }
    return Call.get(INVOICES, query.isEmpty() ? null : String.join("&", query));
  }

  private static Reader<ListClientInvoicesResponse> listReader(ListClientInvoicesRequest request) {
    return decoding(CLIENT_INVOICE_LIST, (int statusCode, String contentType, RawResponse raw,
        List<ClientInvoice> decoded) -> {
      List<ClientInvoice> invoices = new ArrayList<>();
      if (decoded != null) {
        decoded.stream().filter(Objects::nonNull).forEach(invoices::add);
      }
      return new ListClientInvoicesResponse(statusCode, contentType, raw, invoices, request);
    });
  }

  // ---- create ---------------------------------------------------------------------------------------------

  /**
   * Creates an invoice on behalf of the client: {@code POST /payments/client/invoice}. Sends an
   * {@code Idempotency-Key} (a new UUID, kept across this call's retries), so a retry after a lost response
   * cannot create a second invoice.
   *
   * @param request the invoice to create
   * @return the response, with the created invoice in {@link CreateClientInvoiceResponse#clientInvoice()}
   * @throws BadRequestException if the request breaks a validation rule
   * @throws WingspanException for any other failure
   */
  public CreateClientInvoiceResponse create(ClientInvoiceCreateRequest request) {
    return create(request, RequestOptions.defaults());
  }

  /**
   * Creates an invoice, with per-call options. Set {@link RequestOptions.Builder#idempotencyKey(String)} to a key
   * of your own to make the creation safe to repeat across process restarts.
   *
   * @param request the invoice to create
   * @param options the call's options
   * @return the response
   * @see #create(ClientInvoiceCreateRequest)
   */
  public CreateClientInvoiceResponse create(ClientInvoiceCreateRequest request, RequestOptions options) {
    return send(createCall(request), options, CREATE_READER);
  }

  /**
   * Async twin of {@link #create(ClientInvoiceCreateRequest)}.
   *
   * @param request the invoice to create
   * @return a future of the response
   */
  public CompletableFuture<CreateClientInvoiceResponse> createAsync(ClientInvoiceCreateRequest request) {
    return createAsync(request, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #create(ClientInvoiceCreateRequest, RequestOptions)}.
   *
   * @param request the invoice to create
   * @param options the call's options
   * @return a future of the response
   */
  public CompletableFuture<CreateClientInvoiceResponse> createAsync(ClientInvoiceCreateRequest request,
      RequestOptions options) {
    return sendAsync(createCall(request), options, CREATE_READER);
  }

  private static Call createCall(ClientInvoiceCreateRequest request) {
    return Call.post(INVOICES, json(Objects.requireNonNull(request, "request")));
  }

  // ---- fees -----------------------------------------------------------------------------------------------

  /**
   * Fetches the client's share of the card-processing fee on an invoice:
   * {@code GET /payments/client/invoice/{invoiceId}/fees}.
   *
   * @param invoiceId the invoice id
   * @return the response, with the fees in {@link GetInvoiceFeesResponse#invoiceFeeCalculation()}
   * @throws NotFoundException if there is no such invoice, or not one the caller may see
   * @throws WingspanException for any other failure
   */
  public GetInvoiceFeesResponse fees(String invoiceId) {
    return fees(invoiceId, RequestOptions.defaults());
  }

  /**
   * Fetches the fees on an invoice, with per-call options.
   *
   * @param invoiceId the invoice id
   * @param options the call's options
   * @return the response
   * @see #fees(String)
   */
  public GetInvoiceFeesResponse fees(String invoiceId, RequestOptions options) {
    return send(feesCall(invoiceId), options, FEES_READER);
  }

  /**
   * Async twin of {@link #fees(String)}.
   *
   * @param invoiceId the invoice id
   * @return a future of the response
   */
  public CompletableFuture<GetInvoiceFeesResponse> feesAsync(String invoiceId) {
    return feesAsync(invoiceId, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #fees(String, RequestOptions)}.
   *
   * @param invoiceId the invoice id
   * @param options the call's options
   * @return a future of the response
   */
  public CompletableFuture<GetInvoiceFeesResponse> feesAsync(String invoiceId, RequestOptions options) {
    return sendAsync(feesCall(invoiceId), options, FEES_READER);
  }

  private static Call feesCall(String invoiceId) {
    return Call.get(INVOICES + "/" + PathSegment.encode("invoiceId", invoiceId) + "/fees", null);
  }

  // ---- pay ------------------------------------------------------------------------------------------------

  /**
   * Pays an invoice with the client's default payment method, sending {@code {}}:
   * {@code POST /payments/client/invoice/{invoiceId}/pay}. wingspan-server keeps no default payment method and
   * answers 422 naming {@code paymentMethodId}; name one with {@link #pay(String, PayRequest)}.
   *
   * @param invoiceId the invoice id
   * @return the response, with the invoice after the payment
   * @see #pay(String, PayRequest)
   */
  public PayClientInvoiceResponse pay(String invoiceId) {
    return pay(invoiceId, null, RequestOptions.defaults());
  }

  /**
   * Pays an invoice: {@code POST /payments/client/invoice/{invoiceId}/pay}. Name exactly one of
   * {@code paymentMethodId} (a card, charged at once: the invoice comes back Paid), {@code accountId} (a bank
   * account) or {@code plaidPublicToken} (a bank account linked just now); a bank debit comes back
   * PaymentInTransit and becomes Paid when it settles. Sends an {@code Idempotency-Key} (a new UUID, kept across
   * this call's retries), so a retry cannot pay twice on a server that honours it.
   *
   * @param invoiceId the invoice id
   * @param request how to pay, or {@code null} to send {@code {}}
   * @return the response, with the invoice after the payment
   * @throws PaymentDeclinedException if the card was declined (402); {@link
   *     PaymentDeclinedException#declineReason()} says why, and the invoice stays payable
   * @throws ConflictException if the invoice cannot be paid (409 {@code INVOICE_NOT_PAYABLE} or
   *     {@code ALREADY_PAID})
   * @throws BadRequestException if the request names no way to pay, more than one, or an unknown one (422)
   * @throws WingspanException if the call fails otherwise
   */
  public PayClientInvoiceResponse pay(String invoiceId, PayRequest request) {
    return pay(invoiceId, request, RequestOptions.defaults());
  }

  /**
   * Pays an invoice, with per-call options.
   *
   * @param invoiceId the invoice id
   * @param request how to pay, or {@code null} to send {@code {}}
   * @param options the call's options
   * @return the response
   * @see #pay(String, PayRequest)
   */
  public PayClientInvoiceResponse pay(String invoiceId, PayRequest request, RequestOptions options) {
    return send(payCall(invoiceId, request), options, PAY_READER);
  }

  /**
   * Async twin of {@link #pay(String)}.
   *
   * @param invoiceId the invoice id
   * @return a future of the response
   */
  public CompletableFuture<PayClientInvoiceResponse> payAsync(String invoiceId) {
    return payAsync(invoiceId, null, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #pay(String, PayRequest)}.
   *
   * @param invoiceId the invoice id
   * @param request how to pay, or {@code null} to send {@code {}}
   * @return a future of the response
   */
  public CompletableFuture<PayClientInvoiceResponse> payAsync(String invoiceId, PayRequest request) {
    return payAsync(invoiceId, request, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #pay(String, PayRequest, RequestOptions)}.
   *
   * @param invoiceId the invoice id
   * @param request how to pay, or {@code null} to send {@code {}}
   * @param options the call's options
   * @return a future of the response
   */
  public CompletableFuture<PayClientInvoiceResponse> payAsync(String invoiceId, PayRequest request,
      RequestOptions options) {
    return sendAsync(payCall(invoiceId, request), options, PAY_READER);
  }

  private static Call payCall(String invoiceId, PayRequest request) {
    String path = INVOICES + "/" + PathSegment.encode("invoiceId", invoiceId) + "/pay";
    return Call.post(path, request == null ? EMPTY_OBJECT : json(request));
  }

  // ---- shared ---------------------------------------------------------------------------------------------

  /** Turns a 2xx response into an operation's response type. */
  @FunctionalInterface
  private interface Reader<R> {
    R read(Call call, HttpResponse<byte[]> response);
  }

  /** Builds an operation's response type from a 2xx response's parts and its decoded body. */
  @FunctionalInterface
  private interface Assembler<B, R> {
    R assemble(int statusCode, String contentType, RawResponse raw, B body);
  }

  /** A reader that decodes the body as {@code bodyType} and hands it, with status and headers, to the assembler. */
  private static <B, R> Reader<R> decoding(JavaType bodyType, Assembler<B, R> assembler) {
    return (call, response) -> assembler.assemble(response.statusCode(), Decoder.contentType(response),
        Decoder.raw(response), Decoder.<B>decode(call, response, bodyType));
  }

  private <R> R send(Call call, RequestOptions options, Reader<R> reader) {
    return reader.read(call, transport.send(call, opts(options)));
  }

  private <R> CompletableFuture<R> sendAsync(Call call, RequestOptions options, Reader<R> reader) {
    Function<HttpResponse<byte[]>, R> decode = response -> reader.read(call, response);
    CompletableFuture<HttpResponse<byte[]>> sent = transport.sendAsync(call, opts(options));
    CompletableFuture<R> decoded = sent.thenApply(decode);
    // Cancelling the caller's future stops the exchange behind it, retries included.
    decoded.whenComplete((ignored, error) -> {
      if (decoded.isCancelled()) {
        sent.cancel(true);
      }
    });
    return decoded;
  }

  private static RequestOptions opts(RequestOptions options) {
    return Objects.requireNonNull(options, "options");
  }

  private static byte[] json(Object request) {
    try {
      return WingspanJson.mapper().writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode " + request.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  private static JavaType type(Class<?> type) {
    return WingspanJson.mapper().getTypeFactory().constructType(type);
  }
}
