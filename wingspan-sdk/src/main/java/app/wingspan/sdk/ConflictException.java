package app.wingspan.sdk;

/**
 * 409 Conflict or 412 Precondition Failed: the invoice's state does not allow the change (for
 * example {@code INVALID_STATUS_TRANSITION}), an {@code If-Match} did not match, or an idempotency
 * key is still in use.
 */
public final class ConflictException extends ApiException {

  ConflictException(Failure failure) {
    super(failure);
  }
}
