package app.wingspan.server.http;

/** A request refused by the HTTP layer itself (bad header, bad body, bad parameter, no token). */
final class ApiError extends RuntimeException {
  final int status;
  final String code;
  final String param;

  ApiError(int status, String code, String param, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.param = param;
  }

  static ApiError invalidField(String param, String message) {
    return new ApiError(400, "INVALID_FIELD", param, message);
  }

  static ApiError invalidJson(String message) {
    return new ApiError(400, "INVALID_JSON", null, message);
  }
}
