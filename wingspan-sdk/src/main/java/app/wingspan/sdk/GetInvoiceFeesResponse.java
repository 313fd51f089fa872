package app.wingspan.sdk;

import app.wingspan.model.InvoiceFeeCalculation;
import java.util.Objects;
import java.util.Optional;

/** The response of {@link ClientInvoices#fees(String)}: the fees on an invoice. */
public final class GetInvoiceFeesResponse implements WingspanResponse {

  private final int statusCode;
  private final String contentType;
  private final RawResponse rawResponse;
  private final InvoiceFeeCalculation body;

  GetInvoiceFeesResponse(int statusCode, String contentType, RawResponse rawResponse, InvoiceFeeCalculation body) {
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
   * @return the invoiceFeeCalculation, or empty when the response had no body (or a JSON {@code null})
   */
  public Optional<InvoiceFeeCalculation> invoiceFeeCalculation() {
    return Optional.ofNullable(body);
  }

  /**
   * Status, content type and body size; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "GetInvoiceFeesResponse{statusCode=" + statusCode + ", contentType=" + contentType + ", invoiceFeeCalculation="
        + (body == null ? "absent" : "present") + ", rawResponse=" + rawResponse + "}";
  }
}
