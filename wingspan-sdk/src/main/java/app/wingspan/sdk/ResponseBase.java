package app.wingspan.sdk;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * The part every {@link WingspanResponse} shares: status, content type, raw response and the
 * decoded body. Kept package-private so the public response types show only their own typed
 * accessors; it does not implement {@link WingspanResponse} itself, so that sealed interface keeps
 * permitting exactly the public response types.
 *
 * @param <B> the decoded body's type
 */
abstract class ResponseBase<B> {

  private final int statusCode;
  private final String contentType;
  private final RawParts rawResponse;
  private final B body;

  ResponseBase(int statusCode, String contentType, RawParts rawResponse, B body) {
    this.statusCode = statusCode;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.rawResponse = Objects.requireNonNull(rawResponse, "rawResponse");
    this.body = body;
  }

  /**
   * The HTTP status code, always 2xx (any other status raises an {@link ApiException}).
   *
   * @return the status code
   */
  public final int statusCode() {
    return statusCode;
  }

  /**
   * The response's {@code Content-Type} header as sent.
   *
   * @return the content type, or an empty string when the response had none (an empty body)
   */
  public final String contentType() {
    return contentType;
  }

  /**
   * The response as received: headers and body bytes.
   *
   * @return the raw response
   */
  public final RawResponse rawResponse() {
    return rawResponse.raw();
  }

  /**
   * The id the server gave this request, from the {@code X-Request-Id} response header; quote it
   * when reporting a problem.
   *
   * @return the request id, or empty when the server sent none
   */
  public final Optional<String> requestId() {
    return header("X-Request-Id");
  }

  /** A response header's first value, unless blank, without copying the body. */
  final Optional<String> header(String name) {
    return headers().firstValue(name).filter(value -> !value.isBlank());
  }

  /** The response headers, without copying the body as {@link #rawResponse()} does. */
  final HttpHeaders headers() {
    return rawResponse.headers();
  }

  /** The decoded body as given to the constructor; may be null. */
  final B body() {
    return body;
  }

  /** Says whether there was a body, for {@code toString()}: body text is never shown. */
  final String presence() {
    return body == null ? "absent" : "present";
  }

  /**
   * The common {@code toString()} shape: {@code Name{statusCode=..., contentType=..., <summary>,
   * rawResponse=...}}.
   *
   * @param bodySummary what the response says about its body, never body text
   */
  final String describe(String bodySummary) {
    return getClass().getSimpleName()
        + "{statusCode="
        + statusCode
        + ", contentType="
        + contentType
        + ", "
        + bodySummary
        + ", rawResponse="
        + rawResponse
        + "}";
  }
}
