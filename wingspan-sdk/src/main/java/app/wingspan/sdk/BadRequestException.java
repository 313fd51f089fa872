package app.wingspan.sdk;

/**
 * 400 Bad Request or 422 Unprocessable Content: the request was malformed or broke a validation
 * rule; {@link #error()} usually names the field in {@code param}.
 */
public final class BadRequestException extends ApiException {

  BadRequestException(Failure failure) {
    super(failure);
  }
}
