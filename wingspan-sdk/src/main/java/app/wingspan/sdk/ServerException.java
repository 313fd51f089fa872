package app.wingspan.sdk;

/** 5xx: the server failed. Retried by the SDK for 500, 502, 503 and 504 before this is thrown. */
public final class ServerException extends ApiException {

  ServerException(Failure failure) {
    super(failure);
  }
}
