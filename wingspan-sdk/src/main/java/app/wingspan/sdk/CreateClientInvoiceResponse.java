package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import java.util.Objects;
import java.util.Optional;

/** The response of {@link ClientInvoices#create(app.wingspan.model.ClientInvoiceCreateRequest)}: the invoice created. */
public final class CreateClientInvoiceResponse implements WingspanResponse {

  private final int statusCode;
  private final String contentType;
  private final RawResponse rawResponse;
  private final ClientInvoice body;

  CreateClientInvoiceResponse(int statusCode, String contentType, RawResponse rawResponse, ClientInvoice body) {
    this.statusCode = statusCode;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.rawResponse = Objects.requireNonNull(rawResponse, "rawResponse");
    this.body = body;
  }

  @Override
  public int statusCode() {
    return statusCode;
  }

  @Override
  public String contentType() {
    return contentType;
  }

  @Override
  public RawResponse rawResponse() {
    return rawResponse;
  }

  /**
   * The decoded body.
   *
   * @return the clientInvoice, or empty when the response had no body (or a JSON {@code null})
   */
  public Optional<ClientInvoice> clientInvoice() {
    return Optional.ofNullable(body);
  }

  /**
   * Status, content type and body size; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "CreateClientInvoiceResponse{statusCode=" + statusCode + ", contentType=" + contentType + ", clientInvoice="
        + (body == null ? "absent" : "present") + ", rawResponse=" + rawResponse + "}";
  }
}
