package app.wingspan.sdk;

/**
 * 409 Conflict: the invoice's state does not allow the change (for example {@code
 * INVALID_STATUS_TRANSITION}), or an idempotency key is still in use. A failed {@code If-Match} is
 * a {@link PreconditionFailedException} (412).
 */
public final class ConflictException extends ApiException {

  ConflictException(Failure failure) {
    super(failure);
  }
}
