package app.wingspan.sdk;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The HTTP response as received: its headers and body bytes, for whatever the typed view does not
 * cover.
 *
 * @param headers the response headers; look-ups by name are case-insensitive
 * @param body the body bytes; empty when the response had none
 */
public record RawResponse(HttpHeaders headers, byte[] body) {

  /**
   * Copies the body so this record stays immutable.
   *
   * @param headers the response headers
   * @param body the body bytes
   * @throws NullPointerException if an argument is null
   */
  public RawResponse {
    Objects.requireNonNull(headers, "headers");
    body = Objects.requireNonNull(body, "body").clone();
  }

  /**
   * The body bytes.
   *
   * @return a copy of the body bytes
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body decoded as UTF-8 (the charset of JSON).
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Compares headers and body bytes.
   *
   * @param other the object to compare with
   * @return whether both are raw responses with equal headers and body bytes
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RawResponse that
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body);
  }

  /**
   * A hash of headers and body bytes.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * headers.hashCode() + Arrays.hashCode(body);
  }

  /**
   * Names the headers and the body size; the body itself is left out.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "RawResponse[headers=" + headers.map().keySet() + ", body=" + body.length + " bytes]";
  }
}
