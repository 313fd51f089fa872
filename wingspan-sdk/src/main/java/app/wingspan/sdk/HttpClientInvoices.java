package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceFeeCalculation;
import app.wingspan.model.PayRequest;
import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The SDK's {@link ClientInvoices}: each operation as an HTTP call through the client's {@link
 * Transport}. Package-private: callers see the interface, which their tests can fake.
 */
final class HttpClientInvoices implements ClientInvoices {

  private static final String INVOICES = "/payments/client/invoice";
  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

  private static final ObjectReader CLIENT_INVOICE = WingspanJson.readerFor(ClientInvoice.class);
  private static final ObjectReader FEES = WingspanJson.readerFor(InvoiceFeeCalculation.class);
  private static final ObjectReader CLIENT_INVOICE_LIST =
      WingspanJson.readerFor(new TypeReference<List<ClientInvoice>>() {});

  private static final Reader<GetClientInvoiceResponse> GET_READER =
      decoding(CLIENT_INVOICE, GetClientInvoiceResponse::new);
  private static final Reader<UpdateClientInvoiceResponse> UPDATE_READER =
      decoding(CLIENT_INVOICE, UpdateClientInvoiceResponse::new);
  private static final Reader<CreateClientInvoiceResponse> CREATE_READER =
      decoding(CLIENT_INVOICE, CreateClientInvoiceResponse::new);
  private static final Reader<GetInvoiceFeesResponse> FEES_READER =
      decoding(FEES, GetInvoiceFeesResponse::new);
  private static final Reader<PayClientInvoiceResponse> PAY_READER =
      decoding(CLIENT_INVOICE, PayClientInvoiceResponse::new);

  private final Transport transport;

  HttpClientInvoices(Transport transport) {
    this.transport = transport;
  }

  // ---- get
  // ------------------------------------------------------------------------------------------------

  @Override
  public GetClientInvoiceResponse get(String id, RequestOptions options) {
    return send(getCall(id), options, GET_READER);
  }

  @Override
  public CompletableFuture<GetClientInvoiceResponse> getAsync(String id, RequestOptions options) {
    return sendAsync(getCall(id), options, GET_READER);
  }

  private Call getCall(String id) {
    return Call.get(INVOICES + "/" + PathSegment.encode("id", id), null);
  }

  // ---- update
  // ---------------------------------------------------------------------------------------------

  @Override
  public UpdateClientInvoiceResponse update(
      String id, ClientInvoiceUpdateRequest request, RequestOptions options) {
    return send(updateCall(id, request), options, UPDATE_READER);
  }

  @Override
  public CompletableFuture<UpdateClientInvoiceResponse> updateAsync(
      String id, ClientInvoiceUpdateRequest request, RequestOptions options) {
    return sendAsync(updateCall(id, request), options, UPDATE_READER);
  }

  private Call updateCall(String id, ClientInvoiceUpdateRequest request) {
    String path = INVOICES + "/" + PathSegment.encode("id", id);
    return Call.patch(path, request == null ? EMPTY_OBJECT : json(request));
  }

  // ---- list
  // -----------------------------------------------------------------------------------------------

  @Override
  public ListClientInvoicesResponse list(
      ListClientInvoicesRequest request, RequestOptions options) {
    return send(listCall(request), options, listReader(request));
  }

  @Override
  public CompletableFuture<ListClientInvoicesResponse> listAsync(
      ListClientInvoicesRequest request, RequestOptions options) {
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
    return decoding(
        CLIENT_INVOICE_LIST,
        (int statusCode, String contentType, RawParts raw, List<ClientInvoice> decoded) -> {
          List<ClientInvoice> invoices = new ArrayList<>();
          if (decoded != null) {
            decoded.stream().filter(Objects::nonNull).forEach(invoices::add);
          }
          return new ListClientInvoicesResponse(statusCode, contentType, raw, invoices, request);
        });
  }

  // ---- create
  // ---------------------------------------------------------------------------------------------

  @Override
  public CreateClientInvoiceResponse create(
      ClientInvoiceCreateRequest request, RequestOptions options) {
    return send(createCall(request), options, CREATE_READER);
  }

  @Override
  public CompletableFuture<CreateClientInvoiceResponse> createAsync(
      ClientInvoiceCreateRequest request, RequestOptions options) {
    return sendAsync(createCall(request), options, CREATE_READER);
  }

  private static Call createCall(ClientInvoiceCreateRequest request) {
    return Call.post(INVOICES, json(Objects.requireNonNull(request, "request")));
  }

  // ---- fees
  // -----------------------------------------------------------------------------------------------

  @Override
  public GetInvoiceFeesResponse fees(String invoiceId, RequestOptions options) {
    return send(feesCall(invoiceId), options, FEES_READER);
  }

  @Override
  public CompletableFuture<GetInvoiceFeesResponse> feesAsync(
      String invoiceId, RequestOptions options) {
    return sendAsync(feesCall(invoiceId), options, FEES_READER);
  }

  private static Call feesCall(String invoiceId) {
    return Call.get(INVOICES + "/" + PathSegment.encode("invoiceId", invoiceId) + "/fees", null);
  }

  // ---- pay
  // ------------------------------------------------------------------------------------------------

  @Override
  public PayClientInvoiceResponse pay(
      String invoiceId, PayRequest request, RequestOptions options) {
    return send(payCall(invoiceId, request), options, PAY_READER);
  }

  @Override
  public CompletableFuture<PayClientInvoiceResponse> payAsync(
      String invoiceId, PayRequest request, RequestOptions options) {
    return sendAsync(payCall(invoiceId, request), options, PAY_READER);
  }

  private static Call payCall(String invoiceId, PayRequest request) {
    String path = INVOICES + "/" + PathSegment.encode("invoiceId", invoiceId) + "/pay";
    return Call.post(path, request == null ? EMPTY_OBJECT : json(request));
  }

  // ---- shared
  // ---------------------------------------------------------------------------------------------

  /** Turns a 2xx response into an operation's response type. */
  @FunctionalInterface
  private interface Reader<R> {
    R read(Call call, Transport.Sent sent);
  }

  /** Builds an operation's response type from a 2xx response's parts and its decoded body. */
  @FunctionalInterface
  private interface Assembler<B, R> {
    R assemble(int statusCode, String contentType, RawParts raw, B body);
  }

  /**
   * A reader that decodes the body as {@code bodyType} and hands it, with status and headers, to
   * the assembler.
   */
  private static <B, R> Reader<R> decoding(ObjectReader bodyType, Assembler<B, R> assembler) {
    return (call, sent) ->
        assembler.assemble(
            sent.response().statusCode(),
            sent.contentType(),
            Decoder.raw(sent.response()),
            Decoder.<B>decode(call, sent, bodyType));
  }

  private <R> R send(Call call, RequestOptions options, Reader<R> reader) {
    return reader.read(call, transport.send(call, opts(options)));
  }

  private <R> CompletableFuture<R> sendAsync(Call call, RequestOptions options, Reader<R> reader) {
    Function<Transport.Sent, R> decode = sent -> reader.read(call, sent);
    CompletableFuture<Transport.Sent> sent = transport.sendAsync(call, opts(options));
    CompletableFuture<R> decoded = sent.thenApply(decode);
    // Cancelling the caller's future stops the exchange behind it, retries included.
    decoded.whenComplete(
        (ignored, error) -> {
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
      return WingspanJson.writer().writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot encode "
              + request.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }
}
