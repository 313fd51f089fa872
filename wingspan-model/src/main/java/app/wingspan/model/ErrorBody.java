// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * The one error shape this API returns, as application/problem+json: RFC 9457 problem details plus
 * Wingspan's own {@code error} field (Wingspan's API answers {@code {"error": "..."}}), which
 * repeats {@code detail}.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ErrorBody}.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of that kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, in words a person can act on
 * @param code a stable machine-readable code: INVALID_JSON, INVALID_FIELD, VALIDATION_FAILED,
 *     INVALID_STATUS_TRANSITION, UNAUTHORIZED, NOT_FOUND, METHOD_NOT_ALLOWED, PRECONDITION_FAILED,
 *     PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, IDEMPOTENCY_KEY_IN_USE, IDEMPOTENCY_KEY_REUSED,
 *     RATE_LIMITED, TOO_MANY_REQUESTS, REQUEST_TIMEOUT, BAD_REQUEST, INTERNAL_ERROR,
 *     NOT_IMPLEMENTED, SERVICE_UNAVAILABLE; {@code HTTP_} and the status for other refusals of the
 *     HTTP layer (e.g. HTTP_414). New codes may appear
 * @param param the wire path of the field at fault, such as {@code lineItems[0].quantity}; absent
 *     when no field is
 * @param error the same text as {@code detail}, where Wingspan's API puts it
 * @param requestId the request's id, also sent as the X-Request-Id header
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
