package app.wingspan.sdk;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding (RFC 3986) of values placed into a URL. Everything except the unreserved
 * characters ({@code A-Z a-z 0-9 - . _ ~}) is encoded as UTF-8 bytes, so a value can never add a
 * path segment, a query or a fragment. {@link java.net.URLEncoder} is not used: it does HTML form
 * encoding (space as {@code +}).
 */
final class PathSegment {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegment() {}

  /**
   * One path segment holding {@code value}. Rejects values that cannot be a segment: empty (it
   * would change the path to its parent's) and the dot segments {@code .} and {@code ..}, which URL
   * normalisation removes.
   *
   * @param name the parameter's name, for the error message
   */
  static String encode(String name, String value) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '" + value + "'");
    }
    return percentEncode(value);
  }

  /**
   * {@code value} with everything but unreserved characters percent-encoded; also right for query
   * values.
   */
  static String percentEncode(String value) {
    if (hasLoneSurrogate(value)) {
      // UTF-8 cannot encode it; getBytes would silently put '?' in its place.
      throw new IllegalArgumentException(
          "value is not valid Unicode text: it has a lone surrogate");
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
