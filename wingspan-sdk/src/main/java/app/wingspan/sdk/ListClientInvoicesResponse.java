package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The response of {@link ClientInvoices#list(ListClientInvoicesRequest)}: one page of the caller's invoices and,
 * when there are more, the cursor of the next page (the {@code X-Next-Cursor} response header).
 */
public final class ListClientInvoicesResponse implements WingspanResponse {

  /** The response header that carries the next page's cursor. */
  static final String NEXT_CURSOR_HEADER = "X-Next-Cursor";

  private final int statusCode;
  private final String contentType;
  private final RawResponse rawResponse;
  private final List<ClientInvoice> clientInvoices;
  private final ListClientInvoicesRequest request;

  ListClientInvoicesResponse(int statusCode, String contentType, RawResponse rawResponse,
      List<ClientInvoice> clientInvoices, ListClientInvoicesRequest request) {
    this.statusCode = statusCode;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.rawResponse = Objects.requireNonNull(rawResponse, "rawResponse");
    this.clientInvoices = List.copyOf(clientInvoices);
    this.request = Objects.requireNonNull(request, "request");
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
   * The invoices of this page, in the server's order (newest first on wingspan-server). JSON {@code null} items
   * are skipped.
   *
   * @return an unmodifiable list, empty when the page (or the body) is empty
   */
  public List<ClientInvoice> clientInvoices() {
    return clientInvoices;
  }

  /**
   * The cursor of the next page, from the {@code X-Next-Cursor} response header.
   *
   * @return the cursor, or empty when this is the last page
   */
  public Optional<String> nextCursor() {
    return rawResponse.headers().firstValue(NEXT_CURSOR_HEADER).filter(cursor -> !cursor.isBlank());
  }

  /**
   * The request for the next page: this page's request (same limit) with the next cursor.
   *
   * @return the next page's request, or empty when this is the last page
   */
  public Optional<ListClientInvoicesRequest> nextPage() {
    return nextCursor().map(request::withCursor);
  }

  /**
   * Status, content type, page size and whether there is a next page; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "ListClientInvoicesResponse{statusCode=" + statusCode + ", contentType=" + contentType
        + ", clientInvoices=" + clientInvoices.size() + " items, nextPage=" + nextCursor().isPresent()
        + ", rawResponse=" + rawResponse + "}";
  }
}
