package app.wingspan.sdk;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;

/**
 * Validation of settings shared by the builders, so every setting fails the same way with a message
 * naming it.
 */
final class Settings {

  private static final URI PROBE = URI.create("http://localhost/");

  private Settings() {}

  static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  static String idempotencyKey(String key) {
    Objects.requireNonNull(key, "idempotencyKey");
    if (key.isEmpty() || key.length() > 255) {
      throw new IllegalArgumentException(
          "idempotencyKey must be 1 to 255 characters, was " + key.length());
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            "idempotencyKey must be visible ASCII characters, found U+"
                + String.format("%04X", (int) c));
      }
    }
    return key;
  }

  /**
   * Checks a header now, with the HTTP client's own rules, so a bad header fails where it is
   * configured rather than on the first call. The value is never part of the message: it may be a
   * credential.
   */
  static void header(String name, String value) {
    Objects.requireNonNull(name, "header name");
    Objects.requireNonNull(value, "header value");
    try {
      HttpRequest.newBuilder(PROBE).header(name, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "header '" + name + "' is restricted or not valid in HTTP", null);
    }
  }

  /**
   * Checks a token given to the builder, or returned by the caller's supplier ({@code
   * fromSupplier}).
   */
  static void bearerToken(String token, boolean fromSupplier) {
    if (token == null) {
      throw new IllegalStateException(
          fromSupplier ? "bearer token supplier returned null" : "bearer token must not be null");
    }
    if (token.isBlank()) {
      throw new IllegalStateException(
          fromSupplier ? "bearer token supplier returned a blank token" : "bearer token is blank");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        // The character itself is not printed: it is part of a secret.
        throw new IllegalStateException(
            "bearer token contains a character not allowed in an HTTP header");
      }
    }
  }
}
