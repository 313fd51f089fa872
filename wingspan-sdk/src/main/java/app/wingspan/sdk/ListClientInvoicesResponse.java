package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The response of {@link ClientInvoices#list(ListClientInvoicesRequest)}: one page of the caller's
 * invoices and, when there are more, the cursor of the next page (the {@code X-Next-Cursor}
 * response header).
 */
public final class ListClientInvoicesResponse extends ResponseBase<List<ClientInvoice>>
    implements WingspanResponse {

  /** The response header that carries the next page's cursor. */
  static final String NEXT_CURSOR_HEADER = "X-Next-Cursor";

  private final ListClientInvoicesRequest request;

  ListClientInvoicesResponse(
      int statusCode,
      String contentType,
      RawParts rawResponse,
      List<ClientInvoice> clientInvoices,
      ListClientInvoicesRequest request) {
    super(statusCode, contentType, rawResponse, List.copyOf(clientInvoices));
    this.request = Objects.requireNonNull(request, "request");
  }

  /**
   * For tests of code that uses the SDK: the page a call returns when the server answers 200 with
   * these invoices and, unless {@code nextCursor} is null, an {@code X-Next-Cursor} header.
   *
   * <pre>{@code
   * ListClientInvoicesRequest first = ListClientInvoicesRequest.firstPage().withLimit(2);
   * ListClientInvoicesResponse page1 = ListClientInvoicesResponse.of(first, List.of(a, b), "c2");
   * ListClientInvoicesResponse page2 = ListClientInvoicesResponse.of(first.withCursor("c2"), List.of(c), null);
   * }</pre>
   *
   * @param request the request this page answers; {@link #nextPage()} keeps its limit
   * @param clientInvoices the invoices of this page
   * @param nextCursor the next page's cursor, or null for the last page
   * @return the response
   */
  public static ListClientInvoicesResponse of(
      ListClientInvoicesRequest request, List<ClientInvoice> clientInvoices, String nextCursor) {
    Objects.requireNonNull(clientInvoices, "clientInvoices");
    Map<String, String> headers =
        nextCursor == null ? Map.of() : Map.of(NEXT_CURSOR_HEADER, nextCursor);
    return new ListClientInvoicesResponse(
        200, "application/json", Factories.raw(clientInvoices, headers), clientInvoices, request);
  }

  /**
   * The invoices of this page, in the server's order (newest first on wingspan-server). JSON {@code
   * null} items are skipped.
   *
   * @return an unmodifiable list, empty when the page (or the body) is empty
   */
  public List<ClientInvoice> clientInvoices() {
    return body();
  }

  /**
   * The cursor of the next page, from the {@code X-Next-Cursor} response header.
   *
   * @return the cursor, or empty when this is the last page
   */
  public Optional<String> nextCursor() {
    return header(NEXT_CURSOR_HEADER);
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
    return describe(
        "clientInvoices=" + body().size() + " items, nextPage=" + nextCursor().isPresent());
  }
}
