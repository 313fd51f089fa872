package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import java.util.Objects;
import java.util.Optional;

/** The response of {@link ClientInvoices#update(String, app.wingspan.model.ClientInvoiceUpdateRequest)}: the invoice as it is after the update. */
public final class UpdateClientInvoiceResponse implements WingspanResponse {

  private final int statusCode;
  private final String contentType;
  private final RawResponse rawResponse;
  private final ClientInvoice body;

  UpdateClientInvoiceResponse(int statusCode, String contentType, RawResponse rawResponse, ClientInvoice body) {
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
   * The invoice's version, from the {@code ETag} response header. Send it back with
   * {@link RequestOptions.Builder#ifMatch(String)} to update only this version (else {@link ConflictException},
   * 412).
   *
   * @return the entity tag as sent (quotes included), or empty when the server sent none
   */
  public Optional<String> etag() {
    return rawResponse.headers().firstValue("ETag");
  }

  /**
   * Status, content type and body size; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "UpdateClientInvoiceResponse{statusCode=" + statusCode + ", contentType=" + contentType + ", clientInvoice="
        + (body == null ? "absent" : "present") + ", rawResponse=" + rawResponse + "}";
  }
}
