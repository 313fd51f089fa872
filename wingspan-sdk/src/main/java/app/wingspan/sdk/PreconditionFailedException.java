package app.wingspan.sdk;

/**
 * 412 Precondition Failed: an update sent with {@link RequestOptions.Builder#ifMatch(String)} was
 * refused because the invoice is no longer at that version (someone else changed it). Nothing was
 * written; read the invoice again and decide. The SDK never turns a retry of your own write into
 * this: an update carries an {@code Idempotency-Key}, so a repeat gets the first answer.
 */
public final class PreconditionFailedException extends ApiException {

  PreconditionFailedException(Failure failure) {
    super(failure);
  }
}
