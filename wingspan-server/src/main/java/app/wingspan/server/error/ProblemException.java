package app.wingspan.server.error;

import app.wingspan.model.ErrorBody;
import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.jetty.http.HttpStatus;

/**
 * A request refused with an HTTP error, by the HTTP layer (a bad header, body or parameter, no
 * token) or by the service (a missing invoice, a stale ETag, an idempotency key in conflict, a
 * declined card): the one error type of both, and the one writer of the problem+json body every
 * error answer carries. The invoice rules keep their own {@code InvoiceRuleException}, mapped to
 * this shape in one place, the HTTP layer's error mapper.
 *
 * <p>{@code status} is the HTTP status; {@code code} the stable machine code of the error body;
 * {@code param} names the offending input, or is null; the message is the body's {@code detail}.
 */
public final class ProblemException extends RuntimeException {
  private final int status;
  private final String code;
  private final String param;

  /**
   * A refusal.
   *
   * @param status the HTTP status
   * @param code the error body's machine code, e.g. {@code INVALID_FIELD}
   * @param param the wire path of the input at fault, or null
   * @param message what went wrong, in words a person can act on (never quoting a secret)
   */
  public ProblemException(int status, String code, String param, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.param = param;
  }

  /** 400 {@code INVALID_FIELD}: a parameter, header or body field that cannot be read. */
  public static ProblemException invalidField(String param, String message) {
    return new ProblemException(400, ErrorCodes.INVALID_FIELD, param, message);
  }

  /** 400 {@code INVALID_JSON}: a body that is not the JSON object expected. */
  public static ProblemException invalidJson(String message) {
    return new ProblemException(400, ErrorCodes.INVALID_JSON, null, message);
  }

  /** 404 {@code NOT_FOUND}: an invoice the caller cannot see, the same as one never issued. */
  public static ProblemException notFound(String invoiceId) {
    return new ProblemException(
        404, ErrorCodes.NOT_FOUND, null, "no client invoice with id '" + invoiceId + "'");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String param() {
    return param;
  }

  /**
   * This refusal's problem+json body.
   *
   * @param requestId the request's id, or null where none applies (a body recorded for later
   *     replays)
   */
  public byte[] body(String requestId) {
    return body(status, code, param, getMessage(), requestId);
  }

  /**
   * The problem+json body of an error answer: RFC 9457 fields plus Wingspan's {@code error}, which
   * repeats {@code detail}.
   */
  public static byte[] body(
      int status, String code, String param, String detail, String requestId) {
    ErrorBody body =
        new ErrorBody(
            "about:blank",
            HttpStatus.getMessage(status),
            status,
            detail,
            code,
            param,
            detail,
            requestId);
    try {
      return ServerJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("error body not serialisable", e);
    }
  }
}
