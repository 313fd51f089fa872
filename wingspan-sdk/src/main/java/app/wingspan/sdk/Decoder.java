package app.wingspan.sdk;

import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Reads the body of a 2xx response into the operation's type, leniently (the model's shared mapper). */
final class Decoder {

  private Decoder() {}

  static String contentType(HttpResponse<byte[]> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  static RawResponse raw(HttpResponse<byte[]> response) {
    return new RawResponse(response.headers(), body(response));
  }

  /**
   * The decoded body, or null when the response has no body or a JSON {@code null}.
   *
   * @throws UnexpectedResponseException when the body is not JSON or does not decode into {@code type}
   */
  static <T> T decode(Call call, HttpResponse<byte[]> response, JavaType type) {
    byte[] body = body(response);
    if (body.length == 0) {
      return null;
    }
    String contentType = contentType(response);
    if (!MediaTypes.isJson(contentType)) {
      throw unexpected(call, response, body, contentType.isEmpty()
          ? "no content type where JSON was expected"
          : "content type '" + contentType + "' where JSON was expected", null);
    }
    try {
      return WingspanJson.mapper().readValue(body, type);
    } catch (JacksonException e) {
      throw unexpected(call, response, body,
          "a body that does not decode as " + type.toCanonical() + " ("
              + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw unexpected(call, response, body, "a body that could not be read (" + e.getMessage() + ")", e);
    }
  }

  private static UnexpectedResponseException unexpected(Call call, HttpResponse<byte[]> response, byte[] body,
      String what, Throwable cause) {
    String preview = Failure.preview(new String(body, StandardCharsets.UTF_8));
    return new UnexpectedResponseException(
        call.describe() + " -> HTTP " + response.statusCode() + " with " + what + "; body starts: " + preview,
        response.statusCode(), contentType(response), response.headers(), body, cause);
  }

  private static byte[] body(HttpResponse<byte[]> response) {
    return response.body() == null ? new byte[0] : response.body();
  }
}
