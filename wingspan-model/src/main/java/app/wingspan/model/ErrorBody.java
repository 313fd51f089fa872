package app.wingspan.model;


/**
 * The one error shape this API returns, as {@code application/problem+json} (RFC 9457) plus Wingspan's {@code
 * error} field, which repeats {@code detail}.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code (this project's own error shape)}.
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
