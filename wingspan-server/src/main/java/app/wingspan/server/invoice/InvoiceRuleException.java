package app.wingspan.server.invoice;

import app.wingspan.server.error.ErrorCodes;
import java.util.Objects;

/**
 * A request the invoice rules refuse. Nothing has changed when it is thrown. {@link #getMessage()}
 * is the text for the caller: it names the offending field or value and never carries secrets.
 */
public final class InvoiceRuleException extends RuntimeException {

  /** What kind of refusal, which decides the HTTP status. */
  public enum Kind {
    /**
     * The request itself is invalid (HTTP 422): a missing or bad value, named by {@link #param()}.
     */
    INVALID,
    /** The request is well formed but the invoice's state does not allow it (HTTP 409). */
    CONFLICT
  }

  private final Kind kind;
  private final String code;
  private final String param;

  /**
   * @param kind the kind of refusal
   * @param code the stable machine code for the error body
   * @param param the wire path of the offending field, or {@code null}
   * @param message the text for the caller
   */
  public InvoiceRuleException(Kind kind, String code, String param, String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.code = Objects.requireNonNull(code, "code");
    this.param = param;
  }

  static InvoiceRuleException invalid(String param, String message) {
    return new InvoiceRuleException(Kind.INVALID, ErrorCodes.VALIDATION_FAILED, param, message);
  }

  static InvoiceRuleException conflict(String code, String param, String message) {
    return new InvoiceRuleException(Kind.CONFLICT, code, param, message);
  }

  /** INVALID (422) or CONFLICT (409). */
  public Kind kind() {
    return kind;
  }

  /** The stable machine code, e.g. {@code VALIDATION_FAILED}, {@code INVALID_STATUS_TRANSITION}. */
  public String code() {
    return code;
  }

  /**
   * The wire path of the offending field, e.g. {@code lineItems[1].costPerUnit}, or {@code null}.
   */
  public String param() {
    return param;
  }
}
