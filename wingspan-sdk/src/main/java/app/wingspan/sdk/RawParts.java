package app.wingspan.sdk;

import java.net.http.HttpHeaders;
import java.util.Objects;

/**
 * A response's headers and body bytes, made into a {@link RawResponse} only when someone asks for
 * it: a {@code RawResponse} copies the body to stay immutable, and most callers only read the
 * decoded body, so copying every body up front cost each call a second body-sized array
 * (SdkOverheadBenchmark). The bytes held here are the HTTP client's own array, which nothing else
 * references.
 */
final class RawParts {

  private final HttpHeaders headers;
  private final byte[] body;

  /**
   * Built on first use. A race builds two equal records, both safely published (a record's fields
   * are final), so no lock is needed.
   */
  private RawResponse raw;

  private RawParts(HttpHeaders headers, byte[] body, RawResponse raw) {
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
    this.raw = raw;
  }

  /** The parts of a received response; {@code body} must not be used by anyone else. */
  static RawParts received(HttpHeaders headers, byte[] body) {
    return new RawParts(headers, body, null);
  }

  /** The parts of a raw response made by a test factory. */
  static RawParts of(RawResponse raw) {
    return new RawParts(raw.headers(), new byte[0], raw);
  }

  /** The headers, without building the raw response. */
  HttpHeaders headers() {
    return headers;
  }

  /** What {@link RawResponse#toString()} says, without building it. */
  @Override
  public String toString() {
    RawResponse built = raw;
    return built != null
        ? built.toString()
        : "RawResponse[headers=" + headers.map().keySet() + ", body=" + body.length + " bytes]";
  }

  RawResponse raw() {
    RawResponse built = raw;
    if (built == null) {
      built = new RawResponse(headers, body);
      raw = built;
    }
    return built;
  }
}
