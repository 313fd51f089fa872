package app.wingspan.sdk;

/**
 * Which page of the caller's invoices {@link ClientInvoices#list(ListClientInvoicesRequest)} asks
 * for. Both fields are optional ({@code null} = let the server decide); they are sent as the query
 * parameters {@code limit} and {@code cursor}.
 *
 * <pre>{@code
 * ListClientInvoicesRequest page = ListClientInvoicesRequest.firstPage().withLimit(50);
 * while (true) {
 *   ListClientInvoicesResponse res = sdk.clientInvoice().list(page);
 *   res.clientInvoices().forEach(this::handle);
 *   page = res.nextPage().orElse(null);
 *   if (page == null) break;
 * }
 * }</pre>
 *
 * @param limit the most invoices to return, at least 1, or {@code null} for the server's default
 * @param cursor where the page starts, as returned by the previous page's {@code X-Next-Cursor}
 *     header, or {@code null} for the first page
 */
public record ListClientInvoicesRequest(Integer limit, String cursor) {

  private static final ListClientInvoicesRequest FIRST_PAGE =
      new ListClientInvoicesRequest(null, null);

  /**
   * Validates the request.
   *
   * @param limit the page size, or null
   * @param cursor the start cursor, or null
   * @throws IllegalArgumentException if {@code limit} is less than 1 or {@code cursor} is empty
   */
  public ListClientInvoicesRequest {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (cursor != null && cursor.isEmpty()) {
      throw new IllegalArgumentException("cursor must not be empty (use null for the first page)");
    }
  }

  /**
   * The first page with the server's default size.
   *
   * @return a request without limit and cursor
   */
  public static ListClientInvoicesRequest firstPage() {
    return FIRST_PAGE;
  }

  /**
   * This request with another page size.
   *
   * @param limit the most invoices to return, at least 1
   * @return a new request
   */
  public ListClientInvoicesRequest withLimit(int limit) {
    return new ListClientInvoicesRequest(limit, cursor);
  }

  /**
   * This request starting at another cursor.
   *
   * @param cursor a cursor from a previous page's {@code X-Next-Cursor}, or {@code null} for the
   *     first page
   * @return a new request
   */
  public ListClientInvoicesRequest withCursor(String cursor) {
    return new ListClientInvoicesRequest(limit, cursor);
  }
}
