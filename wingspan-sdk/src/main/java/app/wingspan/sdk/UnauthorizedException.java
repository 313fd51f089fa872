package app.wingspan.sdk;

/** 401 Unauthorized: the bearer token is missing, unknown or expired. */
public final class UnauthorizedException extends ApiException {

  UnauthorizedException(Failure failure) {
    super(failure);
  }
}
