package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import java.util.Optional;

/**
 * The response of {@link ClientInvoices#create(app.wingspan.model.ClientInvoiceCreateRequest)}: the
 * invoice created.
 */
public final class CreateClientInvoiceResponse extends ResponseBase<ClientInvoice>
    implements WingspanResponse {

  CreateClientInvoiceResponse(
      int statusCode, String contentType, RawParts rawResponse, ClientInvoice body) {
    super(statusCode, contentType, rawResponse, body);
  }

  /**
   * For tests of code that uses the SDK: the response a call returns when the server answers 200
   * with this body as JSON.
   *
   * @param invoice the decoded body, or null for an empty body
   * @return the response
   */
  public static CreateClientInvoiceResponse of(ClientInvoice invoice) {
    return of(invoice, java.util.Map.of());
  }

  /**
   * For tests of code that uses the SDK: the response a call returns when the server answers 200
   * with this body as JSON and these headers, such as {@code ETag} or {@code X-Request-Id}.
   *
   * <pre>{@code
   * CreateClientInvoiceResponse.of(invoice, Map.of("ETag", "\"7\"", "X-Request-Id", "req-1"));
   * }</pre>
   *
   * @param invoice the decoded body, or null for an empty body
   * @param headers response headers by name; {@code Content-Type} is added for a body
   * @return the response
   */
  public static CreateClientInvoiceResponse of(
      ClientInvoice invoice, java.util.Map<String, String> headers) {
    java.util.Objects.requireNonNull(headers, "headers");
    return new CreateClientInvoiceResponse(
        200, Factories.contentType(invoice), Factories.raw(invoice, headers), invoice);
  }

  /**
   * The decoded body.
   *
   * @return the clientInvoice, or empty when the response had no body (or a JSON {@code null})
   */
  public Optional<ClientInvoice> clientInvoice() {
    return Optional.ofNullable(body());
  }

  /**
   * Status, content type and body size; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return describe("clientInvoice=" + presence());
  }
}
