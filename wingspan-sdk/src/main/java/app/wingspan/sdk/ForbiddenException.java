package app.wingspan.sdk;

/** 403 Forbidden: the token is valid but may not do this. */
public final class ForbiddenException extends ApiException {

  ForbiddenException(Failure failure) {
    super(failure);
  }
}
