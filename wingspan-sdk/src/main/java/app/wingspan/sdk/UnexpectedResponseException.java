package app.wingspan.sdk;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * A 2xx response whose body is not what the operation returns: a content type other than JSON, or JSON that
 * does not decode into the expected type. Often a proxy or gateway answering in the server's place; the message
 * carries the status, content type and the first 200 characters of the body.
 */
public final class UnexpectedResponseException extends WingspanException {

  private final int statusCode;
  private final String contentType;
  private final transient HttpHeaders headers;
  private final byte[] body;

  UnexpectedResponseException(String message, int statusCode, String contentType, HttpHeaders headers, byte[] body,
      Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.contentType = contentType;
    this.headers = headers;
    this.body = body.clone();
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
