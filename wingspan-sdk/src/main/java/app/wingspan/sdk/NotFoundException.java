package app.wingspan.sdk;

/** 404 Not Found: no such invoice, or not one the caller may see. */
public final class NotFoundException extends ApiException {

  NotFoundException(Failure failure) {
    super(failure);
  }
}
