package app.wingspan.sdk;

import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.PayRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code client_invoice} resource: invoices a client (the payer) owes members. Obtained from
 * {@link Wingspan#clientInvoice()}; thread-safe.
 *
 * <p>Every operation has an overload taking {@link RequestOptions} and an {@code ...Async} twin
 * that returns a {@link CompletableFuture} and blocks no thread. A synchronous call returns the
 * response or throws a {@link WingspanException}; an async call's future completes with the
 * response or exceptionally with the same exception ({@link CompletableFuture#join()} wraps it in a
 * {@link java.util.concurrent.CompletionException}, {@link CompletableFuture#get()} in an {@link
 * java.util.concurrent.ExecutionException}).
 *
 * <p>Validation of arguments (a null or empty id, for instance) throws at once, also from the async
 * twins.
 *
 * <p><b>Faking it in your tests.</b> This is an interface: the overloads without {@link
 * RequestOptions} and {@link #listAll} are default methods, and so are the {@code ...Async} twins
 * (for a test double they run the synchronous call), so a fake implements the six synchronous
 * operations with options, throwing {@link UnsupportedOperationException} from those the code under
 * test does not use; it builds responses and exceptions with their public factories:
 *
 * <pre>{@code
 * class FakeInvoices implements ClientInvoices {
 *   public GetClientInvoiceResponse get(String id, RequestOptions options) {
 *     if (id.equals("inv_1")) {
 *       return GetClientInvoiceResponse.of(ClientInvoice.builder().invoiceId("inv_1").build());
 *     }
 *     throw ApiException.of(404, "NOT_FOUND", "no client invoice with id '" + id + "'");  // a NotFoundException
 *   }
 *   public UpdateClientInvoiceResponse update(String id, ClientInvoiceUpdateRequest request,
 *       RequestOptions options) {
 *     throw ApiException.of(409, "INVALID_STATUS_TRANSITION", "Cannot change status from Paid to Open");
 *   }
 *   // list, create, fees, pay: throw new UnsupportedOperationException()
 * }
 * }</pre>
 */
public interface ClientInvoices {

  /**
   * Fetches an invoice by its id: {@code GET /payments/client/invoice/{id}}.
   *
   * @param id the invoice id; any text, sent percent-encoded as one path segment
   * @return the response, with the invoice in {@link GetClientInvoiceResponse#clientInvoice()}
   * @throws NotFoundException if there is no such invoice, or not one the caller may see
   * @throws WingspanException for any other failure
   * @throws IllegalArgumentException if {@code id} is empty, {@code .} or {@code ..}
   */
  default GetClientInvoiceResponse get(String id) {
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
  GetClientInvoiceResponse get(String id, RequestOptions options);

  /**
   * Async twin of {@link #get(String)}.
   *
   * @param id the invoice id
   * @return a future of the response
   */
  default CompletableFuture<GetClientInvoiceResponse> getAsync(String id) {
    return getAsync(id, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #get(String, RequestOptions)}.
   *
   * <p>The default runs {@link #get} on the calling thread and returns its outcome as a completed
   * future, which suits a test double; the SDK's own implementation blocks no thread.
   *
   * @param id the invoice id
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<GetClientInvoiceResponse> getAsync(String id, RequestOptions options) {
    return Completed.of(() -> get(id, options));
  }

  /**
   * Sends an empty update, {@code {}}: {@code PATCH /payments/client/invoice/{id}}. It changes
   * nothing and returns the invoice, as the seed's {@code update(id)} without a request does.
   *
   * @param id the invoice id
   * @return the response, with the invoice in {@link UpdateClientInvoiceResponse#clientInvoice()}
   * @see #update(String, ClientInvoiceUpdateRequest)
   */
  default UpdateClientInvoiceResponse update(String id) {
    return update(id, null, RequestOptions.defaults());
  }

  /**
   * Updates an invoice: {@code PATCH /payments/client/invoice/{id}}. Fields of the request that
   * were never set are left out of the body (unchanged on the server); fields set to {@code null}
   * are sent as {@code null}.
   *
   * @param id the invoice id
   * @param request the changes, or {@code null} to send {@code {}}
   * @return the response, with the invoice as it is after the update
   * @throws BadRequestException if the change breaks a validation rule (for example fee shares out
   *     of range)
   * @throws ConflictException if the invoice's status does not allow the change
   * @throws NotFoundException if there is no such invoice, or not one the caller may see
   * @throws WingspanException for any other failure
   */
  default UpdateClientInvoiceResponse update(String id, ClientInvoiceUpdateRequest request) {
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
  UpdateClientInvoiceResponse update(
      String id, ClientInvoiceUpdateRequest request, RequestOptions options);

  /**
   * Async twin of {@link #update(String)}.
   *
   * @param id the invoice id
   * @return a future of the response
   */
  default CompletableFuture<UpdateClientInvoiceResponse> updateAsync(String id) {
    return updateAsync(id, null, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #update(String, ClientInvoiceUpdateRequest)}.
   *
   * @param id the invoice id
   * @param request the changes, or {@code null} to send {@code {}}
   * @return a future of the response
   */
  default CompletableFuture<UpdateClientInvoiceResponse> updateAsync(
      String id, ClientInvoiceUpdateRequest request) {
    return updateAsync(id, request, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #update(String, ClientInvoiceUpdateRequest, RequestOptions)}.
   *
   * <p>The default runs {@link #update} on the calling thread and returns its outcome as a
   * completed future, which suits a test double; the SDK's own implementation blocks no thread.
   *
   * @param id the invoice id
   * @param request the changes, or {@code null} to send {@code {}}
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<UpdateClientInvoiceResponse> updateAsync(
      String id, ClientInvoiceUpdateRequest request, RequestOptions options) {
    return Completed.of(() -> update(id, request, options));
  }

  /**
   * Lists the first page of the caller's invoices: {@code GET /payments/client/invoice}.
   *
   * @return the response, with the invoices and the cursor of the next page, if any
   * @see #list(ListClientInvoicesRequest)
   */
  default ListClientInvoicesResponse list() {
    return list(ListClientInvoicesRequest.firstPage(), RequestOptions.defaults());
  }

  /**
   * Lists one page of the caller's invoices: {@code GET
   * /payments/client/invoice?limit=...&cursor=...}. Follow {@link
   * ListClientInvoicesResponse#nextPage()} for the next page.
   *
   * @param request the page to fetch
   * @return the response
   * @throws WingspanException if the call fails
   */
  default ListClientInvoicesResponse list(ListClientInvoicesRequest request) {
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
  ListClientInvoicesResponse list(ListClientInvoicesRequest request, RequestOptions options);

  /**
   * Async twin of {@link #list()}.
   *
   * @return a future of the response
   */
  default CompletableFuture<ListClientInvoicesResponse> listAsync() {
    return listAsync(ListClientInvoicesRequest.firstPage(), RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #list(ListClientInvoicesRequest)}.
   *
   * @param request the page to fetch
   * @return a future of the response
   */
  default CompletableFuture<ListClientInvoicesResponse> listAsync(
      ListClientInvoicesRequest request) {
    return listAsync(request, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #list(ListClientInvoicesRequest, RequestOptions)}.
   *
   * <p>The default runs {@link #list} on the calling thread and returns its outcome as a completed
   * future, which suits a test double; the SDK's own implementation blocks no thread.
   *
   * @param request the page to fetch
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<ListClientInvoicesResponse> listAsync(
      ListClientInvoicesRequest request, RequestOptions options) {
    return Completed.of(() -> list(request, options));
  }

  /**
   * Creates an invoice on behalf of the client: {@code POST /payments/client/invoice}. Sends an
   * {@code Idempotency-Key} (a new UUID, kept across this call's retries), so a retry after a lost
   * response cannot create a second invoice.
   *
   * @param request the invoice to create
   * @return the response, with the created invoice in {@link
   *     CreateClientInvoiceResponse#clientInvoice()}
   * @throws BadRequestException if the request breaks a validation rule
   * @throws WingspanException for any other failure
   */
  default CreateClientInvoiceResponse create(ClientInvoiceCreateRequest request) {
    return create(request, RequestOptions.defaults());
  }

  /**
   * Creates an invoice, with per-call options. Set {@link
   * RequestOptions.Builder#idempotencyKey(String)} to a key of your own to make the creation safe
   * to repeat across process restarts.
   *
   * @param request the invoice to create
   * @param options the call's options
   * @return the response
   * @see #create(ClientInvoiceCreateRequest)
   */
  CreateClientInvoiceResponse create(ClientInvoiceCreateRequest request, RequestOptions options);

  /**
   * Async twin of {@link #create(ClientInvoiceCreateRequest)}.
   *
   * @param request the invoice to create
   * @return a future of the response
   */
  default CompletableFuture<CreateClientInvoiceResponse> createAsync(
      ClientInvoiceCreateRequest request) {
    return createAsync(request, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #create(ClientInvoiceCreateRequest, RequestOptions)}.
   *
   * <p>The default runs {@link #create} on the calling thread and returns its outcome as a
   * completed future, which suits a test double; the SDK's own implementation blocks no thread.
   *
   * @param request the invoice to create
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<CreateClientInvoiceResponse> createAsync(
      ClientInvoiceCreateRequest request, RequestOptions options) {
    return Completed.of(() -> create(request, options));
  }

  /**
   * Fetches the client's share of the card-processing fee on an invoice: {@code GET
   * /payments/client/invoice/{invoiceId}/fees}.
   *
   * @param invoiceId the invoice id
   * @return the response, with the fees in {@link GetInvoiceFeesResponse#invoiceFeeCalculation()}
   * @throws NotFoundException if there is no such invoice, or not one the caller may see
   * @throws WingspanException for any other failure
   */
  default GetInvoiceFeesResponse fees(String invoiceId) {
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
  GetInvoiceFeesResponse fees(String invoiceId, RequestOptions options);

  /**
   * Async twin of {@link #fees(String)}.
   *
   * @param invoiceId the invoice id
   * @return a future of the response
   */
  default CompletableFuture<GetInvoiceFeesResponse> feesAsync(String invoiceId) {
    return feesAsync(invoiceId, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #fees(String, RequestOptions)}.
   *
   * <p>The default runs {@link #fees} on the calling thread and returns its outcome as a completed
   * future, which suits a test double; the SDK's own implementation blocks no thread.
   *
   * @param invoiceId the invoice id
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<GetInvoiceFeesResponse> feesAsync(
      String invoiceId, RequestOptions options) {
    return Completed.of(() -> fees(invoiceId, options));
  }

  /**
   * Pays an invoice with the client's default payment method, sending {@code {}}: {@code POST
   * /payments/client/invoice/{invoiceId}/pay}. wingspan-server keeps no default payment method and
   * answers 422 naming {@code paymentMethodId}; name one with {@link #pay(String, PayRequest)}.
   *
   * @param invoiceId the invoice id
   * @return the response, with the invoice after the payment
   * @see #pay(String, PayRequest)
   */
  default PayClientInvoiceResponse pay(String invoiceId) {
    return pay(invoiceId, null, RequestOptions.defaults());
  }

  /**
   * Pays an invoice: {@code POST /payments/client/invoice/{invoiceId}/pay}. Name exactly one of
   * {@code paymentMethodId} (a card, charged at once: the invoice comes back Paid), {@code
   * accountId} (a bank account) or {@code plaidPublicToken} (a bank account linked just now); a
   * bank debit comes back PaymentInTransit and becomes Paid when it settles. Sends an {@code
   * Idempotency-Key} (a new UUID, kept across this call's retries), so a retry cannot pay twice on
   * a server that honours it.
   *
   * @param invoiceId the invoice id
   * @param request how to pay, or {@code null} to send {@code {}}
   * @return the response, with the invoice after the payment
   * @throws PaymentDeclinedException if the card was declined (402); {@link
   *     PaymentDeclinedException#declineReason()} says why, and the invoice stays payable
   * @throws ConflictException if the invoice cannot be paid (409 {@code INVOICE_NOT_PAYABLE} or
   *     {@code ALREADY_PAID})
   * @throws BadRequestException if the request names no way to pay, more than one, or an unknown
   *     one (422)
   * @throws WingspanException if the call fails otherwise
   */
  default PayClientInvoiceResponse pay(String invoiceId, PayRequest request) {
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
  PayClientInvoiceResponse pay(String invoiceId, PayRequest request, RequestOptions options);

  /**
   * Async twin of {@link #pay(String)}.
   *
   * @param invoiceId the invoice id
   * @return a future of the response
   */
  default CompletableFuture<PayClientInvoiceResponse> payAsync(String invoiceId) {
    return payAsync(invoiceId, null, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #pay(String, PayRequest)}.
   *
   * @param invoiceId the invoice id
   * @param request how to pay, or {@code null} to send {@code {}}
   * @return a future of the response
   */
  default CompletableFuture<PayClientInvoiceResponse> payAsync(
      String invoiceId, PayRequest request) {
    return payAsync(invoiceId, request, RequestOptions.defaults());
  }

  /**
   * Async twin of {@link #pay(String, PayRequest, RequestOptions)}.
   *
   * <p>The default runs {@link #pay} on the calling thread and returns its outcome as a completed
   * future, which suits a test double; the SDK's own implementation blocks no thread.
   *
   * @param invoiceId the invoice id
   * @param request how to pay, or {@code null} to send {@code {}}
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<PayClientInvoiceResponse> payAsync(
      String invoiceId, PayRequest request, RequestOptions options) {
    return Completed.of(() -> pay(invoiceId, request, options));
  }

  // ---- all pages
  // ------------------------------------------------------------------------------------------

  /**
   * All the caller's invoices, page after page, with the server's page size.
   *
   * @return a lazy iterable of every invoice
   * @see #listAll(ListClientInvoicesRequest, RequestOptions)
   */
  default ClientInvoicePages listAll() {
    return listAll(ListClientInvoicesRequest.firstPage(), RequestOptions.defaults());
  }

  /**
   * All the caller's invoices from {@code first} on, page after page.
   *
   * @param first the first page to fetch; its limit is kept for every page
   * @return a lazy iterable of every invoice
   * @see #listAll(ListClientInvoicesRequest, RequestOptions)
   */
  default ClientInvoicePages listAll(ListClientInvoicesRequest first) {
    return listAll(first, RequestOptions.defaults());
  }

  /**
   * All the caller's invoices from {@code first} on, fetched lazily with {@link
   * #list(ListClientInvoicesRequest, RequestOptions)}: a page is requested only when iteration
   * reaches it, and each iteration (each {@code iterator()} or {@code stream()}) starts again at
   * {@code first}. A failed page throws its {@link WingspanException} from {@code hasNext()} or
   * {@code next()} (or the stream's terminal operation).
   *
   * <pre>{@code
   * sdk.clientInvoice().listAll(ListClientInvoicesRequest.firstPage().withLimit(100)).stream()
   *     .filter(invoice -> invoice.status() == InvoiceStatus.OPEN)
   *     .forEach(this::remind);
   * }</pre>
   *
   * @param first the first page to fetch; its limit is kept for every page
   * @param options the options of every page's call
   * @return a lazy iterable of every invoice
   */
  default ClientInvoicePages listAll(ListClientInvoicesRequest first, RequestOptions options) {
    java.util.Objects.requireNonNull(first, "first");
    java.util.Objects.requireNonNull(options, "options");
    return new ClientInvoicePages(page -> list(page, options), first);
  }
}
