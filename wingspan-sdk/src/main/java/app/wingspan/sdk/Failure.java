package app.wingspan.sdk;

import app.wingspan.model.ErrorBody;
import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A non-2xx response, read once into what the exceptions carry, and mapped to the exception of its
 * status class. The message ends with the attempt that got this response.
 */
record Failure(
    String message,
    int statusCode,
    HttpHeaders headers,
    byte[] body,
    ErrorBody error,
    String requestId,
    int attempts) {

  static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final int PREVIEW_LENGTH = 200;
  private static final ObjectReader ERROR_READER = WingspanJson.readerFor(ErrorBody.class);

  /**
   * The exception for a final non-2xx response of {@code method path}, received on attempt {@code
   * attempts}.
   */
  static ApiException toException(
      String method,
      String path,
      HttpResponse<byte[]> response,
      int attempts,
      java.util.List<String> secrets) {
    byte[] body = response.body() == null ? new byte[0] : response.body();
    Failure failure =
        read(
            method + " " + path + " -> ",
            response.statusCode(),
            response.headers(),
            body,
            attempts);
    // A server may echo a request header (an API key) in its error text: never in our message.
    String message = HeaderRedaction.scrub(failure.message(), secrets);
    return toException(
        new Failure(
            message,
            failure.statusCode(),
            failure.headers(),
            failure.body(),
            failure.error(),
            failure.requestId(),
            failure.attempts()));
  }

  /** The exception of the failure's status class. */
  static ApiException toException(Failure failure) {
    int status = failure.statusCode;
    return switch (status) {
      case 400, 422 -> new BadRequestException(failure);
      case 401 -> new UnauthorizedException(failure);
      case 402 -> new PaymentDeclinedException(failure);
      case 403 -> new ForbiddenException(failure);
      case 404 -> new NotFoundException(failure);
      case 409 -> new ConflictException(failure);
      case 412 -> new PreconditionFailedException(failure);
      case 429 ->
          new RateLimitedException(
              failure, RetryAfter.parse(failure.headers(), Instant.now()).orElse(null));
      default ->
          status >= 500 && status <= 599 ? new ServerException(failure) : new ApiException(failure);
    };
  }

  /** The error code of a non-2xx response's error body, or null when it has none. */
  static String errorCode(HttpResponse<byte[]> response) {
    byte[] body = response.body() == null ? new byte[0] : response.body();
    ErrorBody error = decodeError(response.headers(), body);
    return error == null ? null : error.code();
  }

  /**
   * Reads a non-2xx response.
   *
   * @param prefix what the message starts with before {@code HTTP <status>}: {@code METHOD /path ->
   *     }, or empty
   */
  static Failure read(
      String prefix, int statusCode, HttpHeaders headers, byte[] body, int attempts) {
    ErrorBody error = decodeError(headers, body);
    String requestId =
        headers
            .firstValue(REQUEST_ID_HEADER)
            .filter(id -> !id.isBlank())
            .orElse(error == null ? null : error.requestId());
    StringBuilder message = new StringBuilder().append(prefix).append("HTTP ").append(statusCode);
    String code = error == null ? null : error.code();
    if (code != null && !code.isBlank()) {
      message.append(' ').append(code);
    }
    String text =
        error == null ? null : firstNonBlank(error.detail(), error.error(), error.title());
    if (text != null) {
      message.append(": ").append(text);
    } else if (body.length == 0) {
      message.append(" (empty body)");
    } else {
      message.append(": ").append(preview(new String(body, StandardCharsets.UTF_8)));
    }
    if (error != null && error.param() != null && !error.param().isBlank()) {
      message.append(" [param ").append(error.param()).append(']');
    }
    if (requestId != null) {
      message.append(" (request id ").append(requestId).append(')');
    }
    message.append(" (attempt ").append(attempts).append(')');
    return new Failure(message.toString(), statusCode, headers, body, error, requestId, attempts);
  }

  /**
   * The error body when the response is JSON of our shape; anything else leaves it to the raw body.
   */
  private static ErrorBody decodeError(HttpHeaders headers, byte[] body) {
    if (body.length == 0 || !MediaTypes.isJson(headers.firstValue("Content-Type").orElse(""))) {
      return null;
    }
    try {
      JsonNode tree = ERROR_READER.readTree(body);
      if (tree == null || !tree.isObject()) {
        return null;
      }
      ErrorBody error = ERROR_READER.readValue(tree);
      boolean ourShape =
          firstNonBlank(error.code(), error.detail(), error.error(), error.title()) != null;
      return ourShape ? error : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** At most the first 200 characters of {@code text}, marked when cut. */
  static String preview(String text) {
    if (text.length() <= PREVIEW_LENGTH) {
      return text;
    }
    int end = PREVIEW_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }
}
