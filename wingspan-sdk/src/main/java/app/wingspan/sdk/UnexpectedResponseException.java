package app.wingspan.sdk;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * A 2xx response whose body is not what the operation returns: a content type other than JSON, or
 * JSON that does not decode into the expected type. Often a proxy or gateway answering in the
 * server's place; the message carries the status, content type and the first 200 characters of the
 * body.
 */
public final class UnexpectedResponseException extends WingspanException {

  private final int statusCode;
  private final String contentType;
  private final transient HttpHeaders headers;
  private final byte[] body;

  UnexpectedResponseException(
      String message,
      int statusCode,
      String contentType,
      HttpHeaders headers,
      byte[] body,
      Throwable cause,
      int attempts) {
    super(message, cause, attempts);
    this.statusCode = statusCode;
    this.contentType = contentType;
    this.headers = headers;
    this.body = body.clone();
  }

  /**
   * For tests of code that uses the SDK: the exception of a 2xx response whose body is not the
   * expected JSON.
   *
   * @param statusCode a 2xx status
   * @param contentType the response's content type, empty for none
   * @param body the body bytes
   * @return the exception, with a message like the SDK's and 1 attempt
   */
  public static UnexpectedResponseException of(int statusCode, String contentType, byte[] body) {
    java.util.Objects.requireNonNull(contentType, "contentType");
    HttpHeaders headers =
        Factories.headers(
            contentType.isEmpty()
                ? java.util.Map.of()
                : java.util.Map.of("Content-Type", contentType));
    return new UnexpectedResponseException(
        "HTTP "
            + statusCode
            + " with content type '"
            + contentType
            + "' where JSON was expected (attempt 1); body starts: "
            + Failure.preview(new String(body, StandardCharsets.UTF_8)),
        statusCode,
        contentType,
        headers,
        body,
        null,
        1);
  }

  /**
   * The HTTP status code.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The response's {@code Content-Type}.
   *
   * @return the content type as sent, or an empty string when there was none
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The response headers.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * The response body as received.
   *
   * @return a copy of the body bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The start of the body as text, for logs and messages.
   *
   * @return at most the first 200 characters of the body, decoded as UTF-8
   */
  public String bodyPreview() {
    return Failure.preview(new String(body, StandardCharsets.UTF_8));
  }
}
