package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import java.util.Optional;

/** The response of {@link ClientInvoices#create(app.wingspan.model.ClientInvoiceCreateRequest)}: the invoice created. */
public final class CreateClientInvoiceResponse extends ResponseBase<ClientInvoice> implements WingspanResponse {

  CreateClientInvoiceResponse(int statusCode, String contentType, RawResponse rawResponse, ClientInvoice body) {
    super(statusCode, contentType, rawResponse, body);
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
