package app.wingspan.sdk;

import app.wingspan.model.ErrorBody;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The server answered with a status other than 2xx. Thrown as one of its subtypes when the status has one
 * ({@link BadRequestException}, {@link UnauthorizedException}, {@link PaymentDeclinedException},
 * {@link ForbiddenException}, {@link NotFoundException}, {@link ConflictException}, {@link RateLimitedException},
 * {@link ServerException}),
 * as this type for any other status (for example 405, 413 or 415).
 *
 * <p>The message reads like {@code PATCH /payments/client/invoice/inv_1 -> HTTP 409 INVALID_STATUS_TRANSITION:
 * Cannot change status from Paid to Open (request id 6f1c...)}.
 */
public sealed class ApiException extends WingspanException
    permits BadRequestException, UnauthorizedException, PaymentDeclinedException, ForbiddenException,
        NotFoundException, ConflictException, RateLimitedException, ServerException {

  private final int statusCode;
  private final transient HttpHeaders headers;
  private final byte[] body;
  private final transient ErrorBody error;
  private final String requestId;

  ApiException(Failure failure) {
    super(failure.message(), null);
    this.statusCode = failure.statusCode();
    this.headers = failure.headers();
    this.body = failure.body();
    this.error = failure.error();
    this.requestId = failure.requestId();
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
   * The response headers.
   *
   * @return the headers; look-ups by name are case-insensitive
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * The response body as received.
   *
   * @return a copy of the body bytes, empty when there was none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The response body decoded as UTF-8.
   *
   * @return the body text, empty when there was none
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The decoded error body, when the response carried JSON of the error shape: problem+json ({@code type},
   * {@code title}, {@code status}, {@code detail}, {@code code}, {@code param}) or Wingspan's
   * {@code {"error": "..."}}.
   *
   * @return the error body, or empty when the body was missing or not JSON of that shape
   */
  public Optional<ErrorBody> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The machine-readable error code of the error body, such as {@code NOT_FOUND} or
   * {@code INVALID_STATUS_TRANSITION}.
   *
   * @return the code, or empty when the response carried none
   */
  public Optional<String> errorCode() {
    return error().map(ErrorBody::code);
  }

  /**
   * The id the server gave this request, from the {@code X-Request-Id} header or else the error body; quote it
   * when reporting a problem.
   *
   * @return the request id, or empty when the server sent none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
