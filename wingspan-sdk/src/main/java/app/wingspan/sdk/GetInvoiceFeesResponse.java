package app.wingspan.sdk;

import app.wingspan.model.InvoiceFeeCalculation;
import java.util.Optional;

/** The response of {@link ClientInvoices#fees(String)}: the fees on an invoice. */
public final class GetInvoiceFeesResponse extends ResponseBase<InvoiceFeeCalculation>
    implements WingspanResponse {

  GetInvoiceFeesResponse(
      int statusCode, String contentType, RawParts rawResponse, InvoiceFeeCalculation body) {
    super(statusCode, contentType, rawResponse, body);
  }

  /**
   * For tests of code that uses the SDK: the response a call returns when the server answers 200
   * with this body as JSON.
   *
   * @param fees the decoded body, or null for an empty body
   * @return the response
   */
  public static GetInvoiceFeesResponse of(InvoiceFeeCalculation fees) {
    return of(fees, java.util.Map.of());
  }

  /**
   * For tests of code that uses the SDK: the response a call returns when the server answers 200
   * with this body as JSON and these headers, such as {@code ETag} or {@code X-Request-Id}.
   *
   * <pre>{@code
   * GetInvoiceFeesResponse.of(fees, Map.of("ETag", "\"7\"", "X-Request-Id", "req-1"));
   * }</pre>
   *
   * @param fees the decoded body, or null for an empty body
   * @param headers response headers by name; {@code Content-Type} is added for a body
   * @return the response
   */
  public static GetInvoiceFeesResponse of(
      InvoiceFeeCalculation fees, java.util.Map<String, String> headers) {
    java.util.Objects.requireNonNull(headers, "headers");
    return new GetInvoiceFeesResponse(
        200, Factories.contentType(fees), Factories.raw(fees, headers), fees);
  }

  /**
   * The decoded body.
   *
   * @return the invoiceFeeCalculation, or empty when the response had no body (or a JSON {@code
   *     null})
   */
  public Optional<InvoiceFeeCalculation> invoiceFeeCalculation() {
    return Optional.ofNullable(body());
  }

  /**
   * Status, content type and body size; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return describe("invoiceFeeCalculation=" + presence());
  }
}
