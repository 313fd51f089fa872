package app.wingspan.sdk;

import app.wingspan.model.ErrorBody;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with a status other than 2xx. Thrown as one of its subtypes when the status
 * has one ({@link BadRequestException}, {@link UnauthorizedException}, {@link
 * PaymentDeclinedException}, {@link ForbiddenException}, {@link NotFoundException}, {@link
 * ConflictException}, {@link PreconditionFailedException}, {@link RateLimitedException}, {@link
 * ServerException}), as this type for any other status (for example 405, 413 or 415).
 *
 * <p>The message reads like {@code PATCH /payments/client/invoice/inv_1 -> HTTP 409
 * INVALID_STATUS_TRANSITION: Cannot change status from Paid to Open (request id 6f1c...) (attempt
 * 1)}.
 *
 * <p>In tests of code that uses the SDK, {@link #of(int, String, String)} builds the exception a
 * call would throw for a status, of the subtype the SDK maps it to:
 *
 * <pre>{@code
 * ClientInvoices fake = new FakeClientInvoices() {  // your test double implementing ClientInvoices
 *   public GetClientInvoiceResponse get(String id, RequestOptions options) {
 *     throw ApiException.of(404, "NOT_FOUND", "no client invoice with id '" + id + "'");  // a NotFoundException
 *   }
 * };
 * }</pre>
 */
public sealed class ApiException extends WingspanException
    permits BadRequestException,
        UnauthorizedException,
        PaymentDeclinedException,
        ForbiddenException,
        NotFoundException,
        ConflictException,
        PreconditionFailedException,
        RateLimitedException,
        ServerException {

  private final int statusCode;
  private final transient HttpHeaders headers;
  private final byte[] body;
  private final transient ErrorBody error;
  private final String requestId;

  ApiException(Failure failure) {
    super(failure.message(), null, failure.attempts());
    this.statusCode = failure.statusCode();
    this.headers = failure.headers();
    this.body = failure.body();
    this.error = failure.error();
    this.requestId = failure.requestId();
  }

  /**
   * For tests of code that uses the SDK: the exception a call throws when the server answers {@code
   * statusCode} with a problem+json error body, of the subtype the SDK maps the status to ({@link
   * NotFoundException} for 404, {@link ConflictException} for 409, ...).
   *
   * @param statusCode a non-2xx status, 100 to 599
   * @param errorCode the body's {@code code}, such as {@code NOT_FOUND}, or null for none
   * @param detail the body's {@code detail}, or null for none
   * @return the exception, as received on the first attempt
   */
  public static ApiException of(int statusCode, String errorCode, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("status", statusCode);
    if (errorCode != null) {
      problem.put("code", errorCode);
    }
    if (detail != null) {
      problem.put("detail", detail);
    }
    return ofResponse(
        statusCode,
        Factories.headers(Map.of("Content-Type", "application/problem+json")),
        Factories.json(problem));
  }

  /**
   * For tests of code that uses the SDK: the exception a call throws for this response, decoded as
   * the SDK decodes a real one (error body, request id, {@code Retry-After} of a 429).
   *
   * @param statusCode a non-2xx status, 100 to 599
   * @param headers the response headers
   * @param body the response body, empty for none
   * @return the exception of the status's subtype, as received on the first attempt
   */
  public static ApiException ofResponse(int statusCode, HttpHeaders headers, byte[] body) {
    if (statusCode < 100 || statusCode > 599 || (statusCode >= 200 && statusCode <= 299)) {
      throw new IllegalArgumentException(
          "statusCode must be a non-2xx HTTP status, was " + statusCode);
    }
    Objects.requireNonNull(headers, "headers");
    return Failure.toException(
        Failure.read("", statusCode, headers, Objects.requireNonNull(body, "body").clone(), 1));
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
   * The decoded error body, when the response carried JSON of the error shape: problem+json ({@code
   * type}, {@code title}, {@code status}, {@code detail}, {@code code}, {@code param}) or
   * Wingspan's {@code {"error": "..."}}.
   *
   * @return the error body, or empty when the body was missing or not JSON of that shape
   */
  public Optional<ErrorBody> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The machine-readable error code of the error body, such as {@code NOT_FOUND} or {@code
   * INVALID_STATUS_TRANSITION}.
   *
   * @return the code, or empty when the response carried none
   */
  public Optional<String> errorCode() {
    return error().map(ErrorBody::code);
  }

  /**
   * The id the server gave this request, from the {@code X-Request-Id} header or else the error
   * body; quote it when reporting a problem.
   *
   * @return the request id, or empty when the server sent none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
