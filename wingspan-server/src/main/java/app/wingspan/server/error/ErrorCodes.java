package app.wingspan.server.error;

/**
 * Every machine code an error body can carry ({@code code}), in one place: the wire contract lists
 * them (openapi.yaml's ErrorBody), callers branch on them, so they never change once shipped.
 */
public final class ErrorCodes {
  private ErrorCodes() {}

  // ---- the request cannot be read (400)
  /** The request line or a header is malformed (Jetty's own refusals). */
  public static final String BAD_REQUEST = "BAD_REQUEST";

  /** A parameter, header or body field that cannot be read. */
  public static final String INVALID_FIELD = "INVALID_FIELD";

  /** A body that is not the JSON object expected. */
  public static final String INVALID_JSON = "INVALID_JSON";

  // ---- who is calling (401)
  /** No bearer token, or one that is not valid. */
  public static final String UNAUTHORIZED = "UNAUTHORIZED";

  // ---- the request is read but refused
  /** A value the rules refuse (422), named by {@code param}. */
  public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

  /** A status change the invoice's status does not allow (409). */
  public static final String INVALID_STATUS_TRANSITION = "INVALID_STATUS_TRANSITION";

  /** A change to a field the invoice's status no longer allows to change (409). */
  public static final String INVOICE_NOT_EDITABLE = "INVOICE_NOT_EDITABLE";

  /** Paying an invoice that is not open for payment (409). */
  public static final String INVOICE_NOT_PAYABLE = "INVOICE_NOT_PAYABLE";

  /** Rotating the page link of a Draft, which has none until it is sent (409). */
  public static final String INVOICE_NOT_SENT = "INVOICE_NOT_SENT";

  /** Paying an invoice that is paid or being paid (409). */
  public static final String ALREADY_PAID = "ALREADY_PAID";

  /** A payment method the processor does not know (422). */
  public static final String UNKNOWN_PAYMENT_METHOD = "UNKNOWN_PAYMENT_METHOD";

  /** A card the processor declined (402). */
  public static final String PAYMENT_DECLINED = "PAYMENT_DECLINED";

  /** An operation only a client account may call, called with a member's token (422). */
  public static final String NOT_A_CLIENT = "NOT_A_CLIENT";

  /** An If-Match that is not the invoice's current ETag (412). */
  public static final String PRECONDITION_FAILED = "PRECONDITION_FAILED";

  /** An Idempotency-Key whose first request still runs (409). */
  public static final String IDEMPOTENCY_KEY_IN_USE = "IDEMPOTENCY_KEY_IN_USE";

  /** An Idempotency-Key used before with another body (422). */
  public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";

  // ---- the route or the request's shape
  /** No such invoice for this caller, or no such route (404). */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** A route that exists with another method (405). */
  public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

  /** A body over the size limit (413). */
  public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

  /** A body that is not JSON by its Content-Type (415). */
  public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

  /** A body that did not arrive in time (408). */
  public static final String REQUEST_TIMEOUT = "REQUEST_TIMEOUT";

  /** Too many requests at once from one caller (429). */
  public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

  // ---- the server
  /** A failure of ours (500); the log has the details under the request id. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  /** A feature this server runs without, e.g. paying with no processor (501). */
  public static final String NOT_IMPLEMENTED = "NOT_IMPLEMENTED";

  /** The database is away, or the server is starting (503). */
  public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

  /** The code of an HTTP-layer refusal with no code of its own: {@code HTTP_<status>}. */
  public static String ofStatus(int status) {
    return "HTTP_" + status;
  }
}
