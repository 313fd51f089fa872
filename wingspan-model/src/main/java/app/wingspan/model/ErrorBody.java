package app.wingspan.model;

/**
 * The one error shape this project's server returns, as {@code application/problem+json}: RFC 9457 problem
 * details plus Wingspan's own {@code error} field, so clients written for Wingspan's API ({@code {"error": "..."}})
 * read it too. Not in Wingspan's spec; defined by this project.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of that kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, in words a person can act on
 * @param code a stable machine-readable code, such as {@code INVALID_FIELD} or {@code NOT_FOUND}
 * @param param the wire path of the field at fault, such as {@code lineItems[0].quantity}; null when no field is
 * @param error the same text as {@code detail}, where Wingspan's API puts it
 * @param requestId the request's id, also sent as the {@code X-Request-Id} header
 */
public record ErrorBody(
    String type,
    String title,
    Integer status,
    String detail,
    String code,
    String param,
    String error,
    String requestId) {}
