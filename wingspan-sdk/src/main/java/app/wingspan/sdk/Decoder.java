package app.wingspan.sdk;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of a 2xx response into the operation's type, leniently (the model's lenient
 * readers).
 */
final class Decoder {

  private Decoder() {}

  static String contentType(HttpResponse<byte[]> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  static RawParts raw(HttpResponse<byte[]> response) {
    return RawParts.received(response.headers(), body(response));
  }

  /**
   * The decoded body, or null when the response has no body or a JSON {@code null}.
   *
   * @throws UnexpectedResponseException when the body is not JSON or does not decode into {@code
   *     type}
   */
  static <T> T decode(Call call, Transport.Sent sent, ObjectReader type) {
    HttpResponse<byte[]> response = sent.response();
    int attempts = sent.attempts();
    byte[] body = body(response);
    if (body.length == 0) {
      return null;
    }
    String contentType = sent.contentType();
    if (!MediaTypes.isJson(contentType)) {
      throw unexpected(
          call,
          response,
          attempts,
          body,
          contentType.isEmpty()
              ? "no content type where JSON was expected"
              : "content type '" + contentType + "' where JSON was expected",
          null);
    }
    try {
      return type.readValue(body);
    } catch (JacksonException e) {
      throw unexpected(
          call,
          response,
          attempts,
          body,
          "a body that does not decode as "
              + type.getValueType().toCanonical()
              + " ("
              + e.getOriginalMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw unexpected(
          call,
          response,
          attempts,
          body,
          "a body that could not be read (" + e.getMessage() + ")",
          e);
    }
  }

  private static UnexpectedResponseException unexpected(
      Call call,
      HttpResponse<byte[]> response,
      int attempts,
      byte[] body,
      String what,
      Throwable cause) {
    String preview = Failure.preview(new String(body, StandardCharsets.UTF_8));
    return new UnexpectedResponseException(
        call.describe()
            + " -> HTTP "
            + response.statusCode()
            + " with "
            + what
            + " (attempt "
            + attempts
            + "); body starts: "
            + preview,
        response.statusCode(),
        contentType(response),
        response.headers(),
        body,
        cause,
        attempts);
  }

  private static byte[] body(HttpResponse<byte[]> response) {
    return response.body() == null ? new byte[0] : response.body();
  }
}
