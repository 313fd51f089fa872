package app.wingspan.server;

/**
 * A request the service refuses for a reason outside the invoice rules (a missing invoice, a stale ETag, an
 * idempotency key in conflict). {@code status} is the HTTP status it answers with; {@code code} is the
 * stable machine code of the error body; {@code param} names the offending input, or is null.
 */
public final class ServiceException extends RuntimeException {
  private final int status;
  private final String code;
  private final String param;

  ServiceException(int status, String code, String param, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.param = param;
  }

  static ServiceException notFound(String invoiceId) {
    return new ServiceException(404, "NOT_FOUND", null, "no client invoice with id '" + invoiceId + "'");
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
}
